#!/usr/bin/env node
// `npm run test:e2e` (and the last stage of `npm test`): the browser tests against the built
// widget. Builds first when dist/my-orders.js is missing or older than src/, then runs
// tests/e2e/run.ts (TypeScript, loaded through Vite's module runner). Writes
// test-results/e2e-counts.json; exits non-zero on any failure.
// Usage: node scripts/e2e.mjs [text]  (only the scenarios whose name contains text)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'my-orders.js');
const countsFile = join(root, 'test-results', 'e2e-counts.json');

function writeCounts(counts) {
  mkdirSync(dirname(countsFile), { recursive: true });
  writeFileSync(countsFile, JSON.stringify(counts));
}

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

function buildIfStale() {
  const reason = !existsSync(bundle)
    ? 'dist/my-orders.js is missing'
    : statSync(bundle).mtimeMs < newestMtime(join(root, 'src'))
      ? 'src/ is newer than dist/my-orders.js'
      : null;
  if (!reason) return true;
  console.log(`${reason}: running npm run build`);
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  return status === 0;
}

const started = Date.now();
if (!buildIfStale()) {
  console.log('The build failed: no browser tests run.');
  writeCounts({ passed: 0, failed: 1, skipped: 0 });
  process.exit(1);
}

let failed = 1;
try {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, 'tests', 'e2e', 'run.ts'), {
    configFile: false,
    logLevel: 'error',
    root,
  });
  const counts = await module.runE2e({ root, distDir: join(root, 'dist'), countsFile, only: process.argv[2] });
  failed = counts.failed;
} catch (error) {
  console.error('The browser tests could not run:', error);
  writeCounts({ passed: 0, failed: 1, skipped: 0 });
}
console.log(`e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed === 0 ? 0 : 1);
