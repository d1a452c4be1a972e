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
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          // The widget's own stylesheets reach the shadow roots, as in a build (vitest's default
          // hands every CSS import over empty).
          css: { include: [/src\/styles\/.+\.css/] },
          include: ['tests/component/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
