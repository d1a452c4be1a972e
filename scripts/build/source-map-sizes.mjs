/**
 * Attributes every byte of a generated file to the source its source map says it came from:
 * a segment covers its column up to the next segment on the line (or the line's end).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment's Base64 VLQ fields. */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character '${char}'`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

export const UNMAPPED = '(unmapped)';

/** `code` cut into runs, in order, each with its source index (`UNMAPPED` when none). */
export function generatedChunks(code, map) {
  const lines = code.split('\n');
  const chunks = [];
  const add = (key, text) => {
    if (text !== '') chunks.push({ key, text });
  };
  const mappedLines = map.mappings.split(';');
  // Only the generated column restarts on each line; the source index carries over.
  let source = 0;
  // Text before a line's first segment continues the last segment (a multi-line string,
  // such as inlined CSS), except the trailing source map comment.
  let current = UNMAPPED;
  lines.forEach((line, lineIndex) => {
    const starts = [];
    let column = 0;
    for (const segment of (mappedLines[lineIndex] ?? '').split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) source += fields[1];
      starts.push({ column, key: fields.length >= 4 ? source : UNMAPPED });
    }
    const lead = line.slice(0, starts[0]?.column ?? line.length);
    add(lead.startsWith('//# sourceMappingURL=') ? UNMAPPED : current, lead);
    for (const [index, start] of starts.entries()) {
      add(start.key, line.slice(start.column, starts[index + 1]?.column ?? line.length));
    }
    current = starts.at(-1)?.key ?? current;
    add(current, lineIndex < lines.length - 1 ? '\n' : '');
  });
  return chunks;
}

/** `node_modules/<pkg>` (scoped too), `src/<folder>` or `<top folder>`, from a project-relative path. */
export function groupOf(path) {
  const parts = path.split('/');
  const modules = parts.lastIndexOf('node_modules');
  if (modules >= 0) {
    const name = parts[modules + 1]?.startsWith('@')
      ? parts.slice(modules + 1, modules + 3)
      : parts.slice(modules + 1, modules + 2);
    return `node_modules/${name.join('/')}`;
  }
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`;
  return parts.length > 1 ? parts[0] : path;
}

/** Reads `file` and `file.map`; returns its code cut into runs, each with a project-relative source path. */
export function sourceBreakdown(file, root) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const base = resolve(dirname(file), map.sourceRoot ?? '');
  const pathOf = (key) =>
    key === UNMAPPED ? UNMAPPED : relative(root, resolve(base, map.sources[key])).split('\\').join('/');
  return { code, chunks: generatedChunks(code, map).map(({ key, text }) => ({ path: pathOf(key), text })) };
}
