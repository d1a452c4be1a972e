#!/usr/bin/env node
// `npm run bench`: builds the script tag from the working tree into a private folder (the same
// build function as `npm run build`, so other work rebuilding dist/ cannot change the files
// mid-run), then runs bench/runner.ts (TypeScript, through Vite's module runner).
// BENCH_DIST=dist measures a copy of dist/ as it is instead (my-orders.js and parts/);
// BENCH_REF=<commit> builds src/ and scripts/ of that commit (git archive into a scratch folder),
// so a run can measure a known tree while the working tree is mid-change.
// Not part of `npm test`: timings belong to this machine and its load, never to a test.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules', '.cache', 'my-orders-bench');
const distDir = join(work, 'dist');

/** A copy of dist/'s script and parts, or null when dist/ has no complete script. */
function copyDist() {
  const from = join(root, 'dist');
  if (!existsSync(join(from, 'my-orders.js')) || !existsSync(join(from, 'parts'))) return null;
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(join(distDir, 'parts'), { recursive: true });
  cpSync(join(from, 'my-orders.js'), join(distDir, 'my-orders.js'));
  for (const name of readdirSync(join(from, 'parts')).filter((file) => file.endsWith('.js'))) {
    cpSync(join(from, 'parts', name), join(distDir, 'parts', name));
  }
  return 'a copy of dist/';
}

/** The files of `ref` the build reads, in a scratch folder that borrows node_modules. */
function checkout(ref) {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  // Outside node_modules: Vite applies tsconfig (Preact's JSX) only to files that are not in one.
  const tree = join(tmpdir(), 'my-orders-bench-tree');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const files = ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
  const archive = execFileSync('git', ['archive', '--format=tar', commit, ...files], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  return { tree, commit };
}

async function build(ref) {
  rmSync(distDir, { recursive: true, force: true });
  const { tree, commit } = ref ? checkout(ref) : { tree: root, commit: null };
  const { buildScript } = await import(pathToFileURL(join(tree, 'scripts', 'build', 'bundles.mjs')).href);
  try {
    await buildScript({
      root: tree,
      entry: 'src/embed/script.ts',
      outDir: distDir,
      fileName: 'my-orders.js',
      logLevel: 'error',
    });
  } finally {
    if (commit) rmSync(tree, { recursive: true, force: true });
  }
  return commit
    ? `built from commit ${commit} (BENCH_REF) by bench/run.mjs (the build function of npm run build)`
    : 'built from the working tree by bench/run.mjs (the build function of npm run build)';
}

let widgetSource = null;
if (process.env.BENCH_DIST === 'dist') {
  widgetSource = copyDist();
} else {
  try {
    console.log('building the script tag for the bench');
    widgetSource = await build(process.env.BENCH_REF);
  } catch (error) {
    console.error(`The build failed (${error instanceof Error ? error.message : error}): measuring dist/ instead.`);
    widgetSource = copyDist();
    if (widgetSource) widgetSource += ' (the build failed)';
  }
}
if (!widgetSource) {
  console.error('No widget to measure: dist/ has no my-orders.js and parts/ (run `npm run build`).');
  process.exit(1);
}

const { runnerImport } = await import('vite');
const { module } = await runnerImport(join(root, 'bench', 'runner.ts'), {
  configFile: false,
  logLevel: 'error',
  root,
});
await module.runBench({ root, distDir, widgetSource });
