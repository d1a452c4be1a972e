/**
 * A tiny runner for the build's own checks: each check prints one line, and the counts go
 * to a JSON file that scripts/test.mjs adds to its total.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function createCounter(title) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  console.log(title);
  return {
    counts,
    async check(name, run) {
      try {
        const note = await run();
        counts.passed += 1;
        console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
        return true;
      } catch (error) {
        counts.failed += 1;
        console.log(
          `  ✗ ${name}\n      ${String(error instanceof Error ? error.message : error)
            .split('\n')
            .join('\n      ')}`,
        );
        return false;
      }
    },
    skip(name, why) {
      counts.skipped += 1;
      console.log(`  - ${name} (skipped: ${why})`);
    },
    finish(file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
      console.log(
        `${title.replace(/:$/, '')}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
      );
      process.exitCode = counts.failed === 0 ? 0 : 1;
    },
  };
}

/** Throws with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
