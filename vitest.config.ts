import { defineConfig } from 'vitest/config';
import CountReporter from './tests/support/count-reporter.ts';

// Two projects: pure code runs in plain Node, anything that renders runs in happy-dom.
export default defineConfig({
  test: {
    reporters: ['default', new CountReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Headroom over vitest's 5 s for a loaded 2-core machine; the property tests set their own,
          // above their fast-check time limit.
          testTimeout: 15_000,
          hookTimeout: 15_000,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          // A whole widget renders, fetches through MSW and redraws per test: seconds when the
          // machine is busy, where vitest's 5 s default timed files out. A timeout is not an assertion.
          testTimeout: 30_000,
          hookTimeout: 30_000,
          setupFiles: ['tests/support/component-setup.ts'],
          // The widget's own stylesheets reach the shadow roots, as in a build (vitest's default
          // hands every CSS import over empty).
          css: { include: [/src\/styles\/.+\.css/] },
          include: ['tests/component/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
