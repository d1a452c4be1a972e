#!/usr/bin/env node
// One process of the browser suite: `node [reporters] tests/e2e/entry.mjs <chromium|firefox|webkit|size-gate>`.
// Loads the TypeScript suite through Vite's module runner and registers its tests with
// node:test, which runs them and reports through the reporters on the command line
// (scripts/e2e.mjs passes the spec reporter and counts-reporter.mjs).
// Environment: E2E_ONLY (only scenarios whose name contains it), CI (a missing engine fails),
// E2E_DIST_DIR (another built copy of the widget than dist/).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kind = process.argv[2];
const { runnerImport } = await import('vite');
const { module } = await runnerImport(join(root, 'tests', 'e2e', 'suite.ts'), {
  configFile: false,
  logLevel: 'error',
  root,
});
if (!module.SUITE_KINDS.includes(kind)) {
  console.error(`usage: node tests/e2e/entry.mjs <${module.SUITE_KINDS.join('|')}>`);
  process.exit(2);
}
module.registerSuite({
  root,
  distDir: resolve(root, process.env.E2E_DIST_DIR || 'dist'),
  kind,
  only: process.env.E2E_ONLY || undefined,
  requireEngines: Boolean(process.env.CI),
});
