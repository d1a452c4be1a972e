/**
 * Public type declarations. The native `tsc` (TypeScript 7, no JS API) emits a declaration
 * for every file in the program; we ship only the files reachable from each entry, with
 * `.ts` specifiers rewritten to `.js` so Node16/bundler resolution finds the `.d.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// `import/export ... from 'x'`, `import 'x'` and `import('x')` types; anchored so text inside
// string literal types (the message catalogs) is never taken for a specifier.
const SPECIFIER = /(^\s*(?:import|export)\b[^'";]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*)(['"])([^'"]+)\2/gm;

export function emitDeclarations({ root, tsconfig, tempDir }) {
  rmSync(tempDir, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  const { status } = spawnSync(tsc, ['-p', tsconfig, '--outDir', tempDir], { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error(`tsc -p ${tsconfig} failed`);
}

function declarationOf(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(d\.ts|tsx?|jsx?|mjs)$/, '');
  for (const candidate of [`${stem}.d.ts`, join(base, 'index.d.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${relative(process.cwd(), fromFile)}: cannot resolve declaration for '${specifier}'`);
}

/** Files reachable from `entry` through relative imports, plus the bare packages they name. */
export function declarationClosure(entry) {
  const files = new Map();
  const packages = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8').replace(SPECIFIER, (whole, lead, quote, specifier) => {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        return whole;
      }
      const target = declarationOf(file, specifier);
      queue.push(target);
      let rewritten = relative(dirname(file), target).replace(/\.d\.ts$/, '.js');
      if (!rewritten.startsWith('.')) rewritten = `./${rewritten}`;
      return `${lead}${quote}${rewritten}${quote}`;
    });
    files.set(file, text);
  }
  return { files, packages: [...packages] };
}

/**
 * Copies each entry's closure from `tempDir` into `outDir/types/` and writes `outDir/<name>.d.ts`
 * re-exporting it. Returns, per entry, the shipped files and the packages they import.
 */
export function writeDeclarations({ tempDir, outDir, entries }) {
  const shipped = {};
  for (const [name, source] of Object.entries(entries)) {
    const entry = join(tempDir, source.replace(/\.tsx?$/, '.d.ts'));
    const { files, packages } = declarationClosure(entry);
    for (const [file, text] of files) {
      const target = join(outDir, 'types', relative(tempDir, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const entryPath = `./types/${source.replace(/\.tsx?$/, '.js')}`;
    writeFileSync(join(outDir, `${name}.d.ts`), `export * from '${entryPath}';\n`);
    shipped[name] = { files: [...files.keys()].map((file) => relative(tempDir, file)), packages };
  }
  return shipped;
}
