#!/usr/bin/env node
// `npm run test:e2e` (and the last stage of `npm test`): the browser tests against the built
// widget, in Chromium, Firefox and WebKit. Builds first when dist/my-orders.js is missing or
// older than src/, runs the size gate, then the suite once per engine, each engine in a
// process of its own on Node's test runner (tests/e2e/entry.mjs); two engines at a time.
// Prints a line per engine and the total, and writes test-results/e2e-counts.json for
// scripts/test.mjs. Exits non-zero on any failure.
// Usage: node scripts/e2e.mjs [text]   only the scenarios whose name contains text
//   E2E_ENGINES=firefox,webkit         only these engines
//   E2E_JOBS=1                         one engine at a time (output as it comes)
//   CI=true                            a missing engine fails instead of printing its install command
//   E2E_DIST_DIR=path                  test that built copy instead of dist/ (nothing is built)
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const bundle = join(root, 'dist', 'my-orders.js');
const countsFile = join(results, 'e2e-counts.json');
const entry = join(root, 'tests', 'e2e', 'entry.mjs');
const reporter = pathToFileURL(join(root, 'tests', 'e2e', 'counts-reporter.mjs')).href;

const only = process.argv[2];
const engines = (process.env.E2E_ENGINES ?? ENGINES.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter((name) => ENGINES.includes(name));
const jobs = Math.max(1, Number(process.env.E2E_JOBS ?? 2) || 2);

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

/**
 * Runs one suite process. With `live` its output goes straight through; otherwise to a log
 * that is printed whole when it ends (so parallel engines do not interleave). Resolves with
 * its counts.
 */
function runSuite(kind, live) {
  const counts = join(results, `e2e-${kind}.json`);
  const log = join(results, `e2e-${kind}.log`);
  rmSync(counts, { force: true });
  const args = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${counts}`,
    entry,
    kind,
  ];
  const env = { ...process.env, ...(only ? { E2E_ONLY: only } : {}) };
  const started = Date.now();
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const file = createWriteStream(log);
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(file, { end: false });
      if (live) stream.pipe(process.stdout, { end: false });
    }
    child.on('close', (code, signal) => {
      file.end(() => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (!live) {
          console.log(`\n== ${kind} (${seconds} s)`);
          process.stdout.write(readFileSync(log, 'utf8'));
        } else {
          console.log(`== ${kind} took ${seconds} s`);
        }
        let result = { passed: 0, failed: 1, skipped: 0, notPossible: 0, notPossibleChecks: [], todo: [] };
        if (existsSync(counts)) {
          try {
            result = JSON.parse(readFileSync(counts, 'utf8'));
          } catch {
            // an unreadable count file is a failed run: keep the failure above
          }
        }
        // The process failed outside any check (it could not start, or crashed).
        if ((code !== 0 || signal) && result.failed === 0) result.failed = 1;
        resolveRun({ kind, seconds, ...result });
      });
    });
  });
}

/** Runs the suites `jobs` at a time, in order of the list; results in the same order. */
async function runAll(kinds) {
  const done = new Array(kinds.length);
  let next = 0;
  const live = jobs === 1;
  const worker = async () => {
    while (next < kinds.length) {
      const index = next;
      next += 1;
      done[index] = await runSuite(kinds[index], live);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, kinds.length) }, worker));
  return done;
}

function line(label, result) {
  const skipped = result.skipped
    ? `, ${result.skipped} skipped${result.notPossible === result.skipped ? ` (not possible in ${label})` : ''}`
    : '';
  const todo = result.todo?.length ? `, ${result.todo.length} known ${label} defect(s) (TODO)` : '';
  return `${label}: ${result.passed} passed, ${result.failed} failed${skipped}${todo}`;
}

const started = Date.now();
if (!process.env.E2E_DIST_DIR && !buildIfStale()) {
  console.log('The build failed: no browser tests run.');
  writeCounts({ passed: 0, failed: 1, skipped: 0, lines: [] });
  process.exit(1);
}

mkdirSync(results, { recursive: true });
// Screenshots live in a folder per engine (each engine's run empties its own); loose ones are
// from before there were engines.
const screenshots = join(results, 'screenshots');
if (existsSync(screenshots)) {
  for (const entry of readdirSync(screenshots, { withFileTypes: true })) {
    if (entry.isFile()) rmSync(join(screenshots, entry.name));
  }
}
const [gate] = await runAll(['size-gate']);
const perEngine = await runAll(engines);
const all = [gate, ...perEngine];

const notPossible = perEngine.filter((result) => result.notPossible > 0);
if (notPossible.length > 0) {
  console.log('\nChecks an engine cannot make (each runs where the engine can):');
  for (const result of notPossible) {
    const times = new Map();
    for (const check of result.notPossibleChecks) times.set(check, (times.get(check) ?? 0) + 1);
    for (const [check, count] of times)
      console.log(`  ${result.kind}: ${check}${count > 1 ? ` (${count} scenarios)` : ''}`);
  }
}
const known = perEngine.filter((result) => result.todo?.length > 0);
if (known.length > 0) {
  console.log('\nKnown defects of an engine, not fixed yet (their checks run, reported as TODO):');
  for (const result of known) for (const check of result.todo) console.log(`  ${result.kind}: ${check}`);
}
console.log(`\nScreenshots: test-results/screenshots/<engine>/`);
const lines = all.map((result) => line(result.kind === 'size-gate' ? 'size gate' : result.kind, result));
console.log('');
for (const text of lines) console.log(text);
const total = all.reduce(
  (sum, result) => ({
    passed: sum.passed + result.passed,
    failed: sum.failed + result.failed,
    skipped: sum.skipped + result.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
writeCounts({ ...total, lines });
console.log(
  `e2e: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(total.failed === 0 ? 0 : 1);
