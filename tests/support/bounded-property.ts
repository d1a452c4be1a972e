/**
 * Property runs bounded by time, not by vitest's timeout, and reproducible from their seed.
 *
 * - Each run is cut off by fast-check's `interruptAfterTimeLimit` (an interrupted run is not a
 *   failure: `failOnInterrupt: false`), so a loaded machine does fewer runs instead of timing out.
 *   A run still in flight at the limit keeps going (predicates cannot be stopped); it is awaited
 *   before returning, so it never touches a server the test file has already closed.
 * - Fewer than `minRuns` runs is a failure that says so: a property that ran twice proved little.
 * - The seed comes from `FC_SEED` (to replay) or the clock; a failure's message names it and the
 *   command that replays it.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export interface BoundedOptions<Ts> {
  /** Runs wanted when the time allows. */
  numRuns: number;
  /** Below this many runs the property counts as not checked. */
  minRuns: number;
  /** When fast-check stops starting runs (and shrinking). The test's own timeout must exceed it. */
  timeLimitMs: number;
  examples?: Ts[];
}

export interface BoundedRun {
  seed: number;
  /** Completed runs (examples included). */
  runs: number;
  interrupted: boolean;
}

/** The seed for this process: `FC_SEED` when set (to replay a failure), else from the clock. */
export function propertySeed(): number {
  const fromEnv = process.env.FC_SEED;
  if (fromEnv !== undefined && fromEnv !== '') {
    const seed = Number(fromEnv);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${fromEnv}`);
    return seed;
  }
  return Date.now() % 2 ** 31;
}

/**
 * Wraps an async predicate so the caller can wait for the one still running when fast-check
 * interrupts (its outcome is ignored then; only its end matters).
 */
export function settling<A extends unknown[]>(
  predicate: (...args: A) => Promise<void>,
): { predicate: (...args: A) => Promise<void>; settled: () => Promise<void> } {
  let last: Promise<unknown> = Promise.resolve();
  return {
    predicate: (...args: A) => {
      const run = predicate(...args);
      last = run.catch(() => undefined);
      return run;
    },
    settled: async () => {
      await last;
    },
  };
}

export async function assertBounded<Ts>(
  property: fc.IAsyncProperty<Ts>,
  settled: () => Promise<void>,
  options: BoundedOptions<Ts>,
): Promise<BoundedRun> {
  const seed = propertySeed();
  const replay = `replay with FC_SEED=${seed} npx vitest run ${testFile()}`;
  const details = await fc.check(property, {
    seed,
    numRuns: options.numRuns,
    ...(options.examples ? { examples: options.examples } : {}),
    plugins: [fc.interruptAfterTimeLimit(options.timeLimitMs, { failOnInterrupt: false })],
  });
  await settled();
  if (details.failed) {
    throw new Error(`${fc.defaultReportMessage(details)}\n(fast-check seed ${seed}; ${replay})`, {
      cause: details.errorInstance,
    });
  }
  if (details.numRuns < options.minRuns) {
    throw new Error(
      `Only ${details.numRuns} of the ${options.minRuns} runs needed fitted in ${options.timeLimitMs} ms ` +
        `(fast-check seed ${seed}; ${replay}): too few to call the property checked.`,
    );
  }
  if (details.interrupted) {
    console.info(`fast-check seed ${seed}: ${details.numRuns} of ${options.numRuns} runs in ${options.timeLimitMs} ms`);
  }
  return { seed, runs: details.numRuns, interrupted: details.interrupted };
}

/** The running test file, for the replay hint. */
function testFile(): string {
  return expect.getState().testPath?.replace(`${process.cwd()}/`, '') ?? '<file>';
}
