#!/usr/bin/env node
// `npm test`: lint and format, type-check, then every vitest project, then (when present) the
// build checks and browser tests. Ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args) {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  return status === 0;
}

function addCounts(file, ok, label) {
  if (existsSync(file)) {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
    if (!ok && counts.failed === 0) totals.failed += 1; // the runner failed outside any test
  } else {
    console.log(`${label} reported no counts`);
    totals.failed += 1;
  }
}

// Lint and format (Biome) is one check, and so is the type-check: each passes or fails as a whole.
if (run('lint and format', 'npx', ['biome', 'check', '--error-on-warnings', '.'])) totals.passed += 1;
else totals.failed += 1;

// The type-check is one check: it passes or fails as a whole.
if (run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) totals.passed += 1;
else totals.failed += 1;

const vitestCounts = 'test-results/vitest-counts.json';
rmSync(vitestCounts, { force: true });
const vitestOk = run('unit and component tests', 'npx', ['vitest', 'run']);
addCounts(vitestCounts, vitestOk, 'vitest');

// The build is one check; its outputs and the packed package are then checked one by one.
if (run('build', 'npm', ['run', 'build'])) totals.passed += 1;
else totals.failed += 1;
for (const [label, script, counts] of [
  ['build checks', 'tests/build/check-build.mjs', 'test-results/build-counts.json'],
  ['package checks', 'tests/build/pack-kit.mjs', 'test-results/pack-counts.json'],
]) {
  rmSync(counts, { force: true });
  addCounts(counts, run(label, 'node', [script]), label);
}

// Browser tests: the size gate, then the built widget on real host pages in Chromium, Firefox
// and WebKit (scripts/e2e.mjs). Each scenario check counts; a line per engine is repeated
// just above the total, and the screenshots are named for a reviewer.
const e2eCounts = 'test-results/e2e-counts.json';
rmSync(e2eCounts, { force: true });
addCounts(e2eCounts, run('browser tests', 'node', ['scripts/e2e.mjs']), 'browser tests');
console.log('\nScreenshots of the main states, per engine: test-results/screenshots/<engine>/');
const engineLines = existsSync(e2eCounts) ? (JSON.parse(readFileSync(e2eCounts, 'utf8')).lines ?? []) : [];
if (engineLines.length > 0) console.log('');
for (const line of engineLines) console.log(line);

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
