#!/usr/bin/env node
// `npm run size [-- <file>]`: what the script tag costs, gzip -9, in two lots: the entry
// (dist/my-orders.js, before the list shows) and its parts (dist/parts/: the order view, deep
// links, each catalog but English, loaded when first needed); then where the entry's and each
// part's bytes come from, per package and per src folder, read from their source maps. With a
// file, only that file's breakdown. Run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize, kib as kB, PARTS_DIR, partFiles } from './build/release.mjs';
import { groupOf, sourceBreakdown } from './build/source-map-sizes.mjs';

const TOP_FILES = 20;
const TOP_FILES_IN_A_PART = 10;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
// The gates npm test enforces and the target, from the one file that states them.
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const only = process.argv[2] ? resolve(process.argv[2]) : null;
const entry = only ?? join(dist, 'my-orders.js');
const parts = only ? [] : partFiles(dist).map((name) => join(dist, PARTS_DIR, name));
for (const file of [entry, ...parts]) {
  if (!existsSync(file) || !existsSync(`${file}.map`)) {
    console.error(`size: ${relative(root, file)} or its .map is missing; run npm run build first`);
    process.exit(1);
  }
}

const gzipOf = (text) => gzipSize(Buffer.from(text));

/** One file's rows of [name, minified bytes, gzip of the row alone, gzip saved without the row]. */
function measure(chunks, keyOf) {
  const totalGzip = gzipOf(chunks.map((chunk) => chunk.text).join(''));
  const names = [...new Set(chunks.map((chunk) => keyOf(chunk.path)))];
  return names
    .map((name) => {
      const own = chunks
        .filter((chunk) => keyOf(chunk.path) === name)
        .map((chunk) => chunk.text)
        .join('');
      const rest = chunks
        .filter((chunk) => keyOf(chunk.path) !== name)
        .map((chunk) => chunk.text)
        .join('');
      return [name, Buffer.byteLength(own), gzipOf(own), totalGzip - gzipOf(rest)];
    })
    .sort((a, b) => b[1] - a[1]);
}

function table(title, rows, total) {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length)) + 2;
  const columns = ['minified', 'share', 'gzip alone', 'gzip saved'];
  console.log(`\n${title.padEnd(width)}${columns.map((column) => column.padStart(11)).join('')}`);
  for (const [name, bytes, alone, saved] of rows) {
    const cells = [kB(bytes), `${((bytes / total) * 100).toFixed(1)} %`, kB(alone), kB(saved)];
    console.log(`${name.padEnd(width)}${cells.map((cell) => cell.padStart(11)).join('')}`);
  }
}

/** The per-folder and per-file tables of one built file. */
function breakdown(file, topFiles) {
  const { code, chunks } = sourceBreakdown(file, root);
  const total = Buffer.byteLength(code);
  const name = relative(root, file);
  table(`${name}: by package / folder`, measure(chunks, groupOf), total);
  table(`${name}: largest ${topFiles} files`, measure(chunks, (path) => path).slice(0, topFiles), total);
}

const gzipOfFile = (file) => gzipSize(readFileSync(file));
const entryGzip = gzipOfFile(entry);
console.log(`${relative(root, entry)}: ${kB(readFileSync(entry).length)} minified, ${kB(entryGzip)} gzip -9`);
if (!only) {
  const over = entryGzip - budget.targetBytes;
  console.log(
    `  gate ${kB(budget.maxBytes)} (npm test); target ${kB(budget.targetBytes)}: ${over > 0 ? `${kB(over)} to go` : `${kB(-over)} under`}`,
  );
  const partSizes = parts.map((file) => [relative(dist, file), gzipOfFile(file)]);
  const partsGzip = partSizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    `parts, each loaded when first needed (gzip -9): ${partSizes.map(([name, bytes]) => `${name} ${kB(bytes)}`).join(', ') || 'none'}`,
  );
  console.log(`  together ${kB(partsGzip)}; gate ${kB(budget.partsMaxBytes)} (npm test)`);
}
breakdown(entry, TOP_FILES);
for (const part of parts) breakdown(part, TOP_FILES_IN_A_PART);
console.log(`
"gzip alone": the row compressed by itself. "gzip saved": how much smaller its file
compresses without the row (a rough estimate of what dropping it saves). Neither adds up to
the total. "(unmapped)": in the entry, mostly the part loader and the object handing the
parts their bindings (scripts/build/chunk-linker.mjs); in a part, mostly its CSS (CSS
imported \`?inline\` has no source map). The widget's CSS is inlined in src/embed/styles.ts
and, for the order view, src/embed/order-part.ts.`);
