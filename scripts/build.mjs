#!/usr/bin/env node
// `npm run build`: the script tag (IIFE) with its locale files, the ES module and the store
// test kit, with their declarations and release files, into dist/. Prints sizes and the SRI hash.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLocales, buildModule, buildScript } from './build/bundles.mjs';
import { emitDeclarations, writeDeclarations } from './build/declarations.mjs';
import { gzipSize, kib as kB, LOCALES_DIR, localeFiles, versionedLocaleName, versionedScriptName, writeRelease } from './build/release.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const ENTRIES = {
  script: 'src/embed/script.ts',
  index: 'src/index.ts',
  mocks: 'mocks/index.ts',
};

// Every catalog but English (which the script carries inline) becomes dist/locales/<locale>.js.
const catalogDir = 'src/i18n/locales';
const LOCALE_ENTRIES = Object.fromEntries(
  readdirSync(join(root, catalogDir))
    .filter((name) => name.endsWith('.ts') && name !== 'en.ts')
    .map((name) => [name.replace(/\.ts$/, ''), `${catalogDir}/${name}`]),
);

const missing = Object.values(ENTRIES).filter((entry) => !existsSync(join(root, entry)));
if (missing.length > 0) {
  console.error(`build: missing entry ${missing.join(', ')}`);
  process.exit(1);
}

function describe(file) {
  const bytes = readFileSync(join(outDir, file));
  return `${file.padEnd(24)} ${kB(bytes.length).padStart(10)}   gzip -9 ${kB(gzipSize(bytes)).padStart(9)}`;
}

rmSync(outDir, { recursive: true, force: true });
await buildScript({ root, entry: ENTRIES.script, outDir, fileName: versionedScriptName(version) });
await buildLocales({ root, entries: LOCALE_ENTRIES, outDir: join(outDir, LOCALES_DIR) });
await buildModule({ root, entry: ENTRIES.index, outDir, fileName: 'index.js' });
await buildModule({ root, entry: ENTRIES.mocks, outDir, fileName: 'mocks.js', external: [/^msw(\/|$)/] });

const tempDir = join(root, 'node_modules', '.cache', 'my-orders-types');
emitDeclarations({ root, tsconfig: 'tsconfig.build.json', tempDir });
const declarations = writeDeclarations({ tempDir, outDir, entries: { index: ENTRIES.index, mocks: ENTRIES.mocks } });
rmSync(tempDir, { recursive: true, force: true });

const release = writeRelease({ outDir, version });

console.log(`\nmy-orders ${version} -> dist/`);
console.log(`  ${describe('my-orders.js')}   (same bytes as ${release.files[1]})`);
for (const file of localeFiles(outDir)) {
  console.log(`  ${describe(`${LOCALES_DIR}/${file}`)}   (same bytes as ${versionedLocaleName(file, version)})`);
}
console.log(`  ${describe('index.js')}`);
console.log(`  ${describe('mocks.js')}`);
for (const [name, { files, packages }] of Object.entries(declarations)) {
  const imports = packages.length > 0 ? `, imports ${packages.join(', ')}` : '';
  console.log(`  ${`${name}.d.ts`.padEnd(24)} ${files.length} declaration files${imports}`);
}
console.log(`  integrity                ${release.integrity}   (dist/my-orders.sri.txt)`);
