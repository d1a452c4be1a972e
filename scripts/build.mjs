#!/usr/bin/env node
// `npm run build`: the script tag (a classic script and the parts it loads on demand), the
// ES module and the store test kit, with their declarations and release files, into dist/.
// Prints sizes and the SRI hash.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModule, buildScript } from './build/bundles.mjs';
import { emitDeclarations, writeDeclarations } from './build/declarations.mjs';
import { gzipSize, kib as kB, PARTS_DIR, partFiles, versionedScriptName, writeRelease } from './build/release.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const ENTRIES = {
  script: 'src/embed/script.ts',
  index: 'src/index.ts',
  mocks: 'mocks/index.ts',
};

const missing = Object.values(ENTRIES).filter((entry) => !existsSync(join(root, entry)));
if (missing.length > 0) {
  console.error(`build: missing entry ${missing.join(', ')}`);
  process.exit(1);
}

/** The width of the file column: parts' names carry a hash, so it follows the longest. */
let width = 24;

function describe(file) {
  const bytes = readFileSync(join(outDir, file));
  return `${file.padEnd(width)} ${kB(bytes.length).padStart(10)}   gzip -9 ${kB(gzipSize(bytes)).padStart(9)}`;
}

rmSync(outDir, { recursive: true, force: true });
await buildScript({ root, entry: ENTRIES.script, outDir, fileName: versionedScriptName(version) });
await buildModule({ root, entry: ENTRIES.index, outDir, fileName: 'index.js' });
await buildModule({ root, entry: ENTRIES.mocks, outDir, fileName: 'mocks.js', external: [/^msw(\/|$)/] });

const tempDir = join(root, 'node_modules', '.cache', 'my-orders-types');
emitDeclarations({ root, tsconfig: 'tsconfig.build.json', tempDir });
const declarations = writeDeclarations({ tempDir, outDir, entries: { index: ENTRIES.index, mocks: ENTRIES.mocks } });
rmSync(tempDir, { recursive: true, force: true });

const release = writeRelease({ outDir, version });

const parts = partFiles(outDir).map((file) => `${PARTS_DIR}/${file}`);
width = Math.max(width, ...parts.map((file) => file.length));
console.log(`\nmy-orders ${version} -> dist/`);
console.log(`  ${describe('my-orders.js')}   (same bytes as ${release.files[1]})`);
for (const file of parts) console.log(`  ${describe(file)}   (loaded when first needed; the script holds its sha256)`);
console.log(`  ${describe('index.js')}`);
console.log(`  ${describe('mocks.js')}`);
for (const [name, { files, packages }] of Object.entries(declarations)) {
  const imports = packages.length > 0 ? `, imports ${packages.join(', ')}` : '';
  console.log(`  ${`${name}.d.ts`.padEnd(width)} ${files.length} declaration files${imports}`);
}
console.log(`  ${'integrity'.padEnd(width)} ${release.integrity}   (dist/my-orders.sri.txt)`);
