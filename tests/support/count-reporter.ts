import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes the run's counts to a file so scripts/test.mjs can print one combined
 * `N passed, N failed` line after every stage (type-check, unit, build, e2e).
 * A file that failed to load counts as a failure: it ran none of its tests.
 */
export default class CountReporter implements Reporter {
  constructor(private readonly outFile = process.env.MY_ORDERS_COUNTS ?? 'test-results/vitest-counts.json') {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    mkdirSync(dirname(this.outFile), { recursive: true });
    writeFileSync(this.outFile, JSON.stringify({ passed, failed, skipped }));
  }
}
