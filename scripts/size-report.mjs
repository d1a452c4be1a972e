#!/usr/bin/env node
// `npm run size [-- <file>]`: where the script bundle's bytes come from, per package and
// per src folder, read from its source map, and what the locale files add when a shopper's
// language needs one. Run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize, kib as kB, LOCALES_DIR, localeFiles } from './build/release.mjs';
import { groupOf, sourceBreakdown } from './build/source-map-sizes.mjs';

const TOP_FILES = 20;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The gate npm test enforces and the target, from the one file that states them.
const { maxBytes: GATE_GZIP_BYTES, targetBytes: TARGET_GZIP_BYTES } = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const file = resolve(process.argv[2] ?? join(root, 'dist', 'my-orders.js'));
if (!existsSync(file) || !existsSync(`${file}.map`)) {
  console.error(`size: ${relative(root, file)} or its .map is missing; run npm run build first`);
  process.exit(1);
}

const gzipOf = (text) => gzipSize(Buffer.from(text));
const { code, chunks } = sourceBreakdown(file, root);
const total = Buffer.byteLength(code);
const totalGzip = gzipOf(code);

/** Rows of [name, minified bytes, gzip of the row alone, gzip saved without the row]. */
function measure(keyOf) {
  const names = [...new Set(chunks.map((chunk) => keyOf(chunk.path)))];
  return names
    .map((name) => {
      const own = chunks.filter((chunk) => keyOf(chunk.path) === name).map((chunk) => chunk.text).join('');
      const rest = chunks.filter((chunk) => keyOf(chunk.path) !== name).map((chunk) => chunk.text).join('');
      return [name, Buffer.byteLength(own), gzipOf(own), totalGzip - gzipOf(rest)];
    })
    .sort((a, b) => b[1] - a[1]);
}

function table(title, rows) {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length)) + 2;
  const columns = ['minified', 'share', 'gzip alone', 'gzip saved'];
  console.log(`\n${title.padEnd(width)}${columns.map((column) => column.padStart(11)).join('')}`);
  for (const [name, bytes, alone, saved] of rows) {
    const cells = [kB(bytes), `${((bytes / total) * 100).toFixed(1)} %`, kB(alone), kB(saved)];
    console.log(`${name.padEnd(width)}${cells.map((cell) => cell.padStart(11)).join('')}`);
  }
}

const over = totalGzip - TARGET_GZIP_BYTES;
console.log(`${relative(root, file)}: ${kB(total)} minified, ${kB(totalGzip)} gzip -9`);
console.log(`gate ${kB(GATE_GZIP_BYTES)} gzip (npm test); target ${kB(TARGET_GZIP_BYTES)}: ${over > 0 ? `${kB(over)} to go` : `${kB(-over)} under`}`);
const localesDir = join(dirname(file), LOCALES_DIR);
if (existsSync(localesDir)) {
  const locales = localeFiles(dirname(file)).map((name) => `${name} ${kB(gzipSize(readFileSync(join(localesDir, name))))}`);
  console.log(`loaded only when the shopper's language needs it (gzip -9): ${locales.join(', ')}`);
}
table('by package / folder', measure(groupOf));
table(`largest ${TOP_FILES} files`, measure((path) => path).slice(0, TOP_FILES));
console.log(`
"gzip alone": the row compressed by itself. "gzip saved": how much smaller the whole bundle
compresses without the row (a rough estimate of what dropping it saves). Neither adds up to
the total. The widget's CSS is inlined in src/embed/styles.ts.`);
