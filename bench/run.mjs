#!/usr/bin/env node
// `npm run bench`: builds the script tag from the working tree into a private folder (the same
// build function as `npm run build`, so other work rebuilding dist/ cannot change the files
// mid-run), then runs bench/runner.ts (TypeScript, through Vite's module runner).
// BENCH_DIST=dist measures a copy of dist/ as it is instead (my-orders.js and parts/).
// Not part of `npm test`: timings belong to this machine and its load, never to a test.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function build() {
  rmSync(distDir, { recursive: true, force: true });
  const { buildScript } = await import('../scripts/build/bundles.mjs');
  await buildScript({
    root,
    entry: 'src/embed/script.ts',
    outDir: distDir,
    fileName: 'my-orders.js',
    logLevel: 'error',
  });
  return 'built from the working tree by bench/run.mjs (the build function of npm run build)';
}

let widgetSource = null;
if (process.env.BENCH_DIST === 'dist') {
  widgetSource = copyDist();
} else {
  try {
    console.log('building the script tag for the bench');
    widgetSource = await build();
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
