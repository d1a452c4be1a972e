/**
 * The property-run helper: a failure names its seed and replays from FC_SEED, the time limit
 * stops the runs without failing them (waiting for the one in flight), and too few runs fail.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertBounded, settling } from '../../support/bounded-property.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const failingAbove = (limit: number) =>
  settling(async (n: number) => {
    if (n > limit) throw new Error(`${n} is above ${limit}`);
  });

async function failureOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('assertBounded', () => {
  it('names the seed of a failure and replays the same counterexample from FC_SEED', async () => {
    vi.stubEnv('FC_SEED', '424242');
    const run = () => {
      const flow = failingAbove(1000);
      return failureOf(
        assertBounded(fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }), flow.predicate), flow.settled, {
          numRuns: 100,
          minRuns: 1,
          timeLimitMs: 10_000,
        }),
      );
    };
    const first = await run();
    expect(first).toContain('fast-check seed 424242');
    expect(first).toContain('FC_SEED=424242 npx vitest run tests/unit/support/bounded-property.test.ts');
    expect(first).toContain('seed: 424242');
    // Shrunk to the smallest failing value, and the same again from the same seed.
    expect(first).toContain('Counterexample: [1001]');
    expect(await run()).toBe(first);
  });

  it('stops at the time limit without failing, after the run in flight has ended', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    let started = 0;
    let ended = 0;
    const flow = settling(async () => {
      started += 1;
      await new Promise((resolve) => setTimeout(resolve, 40));
      ended += 1;
    });
    const result = await assertBounded(fc.asyncProperty(fc.nat(), flow.predicate), flow.settled, {
      numRuns: 10_000,
      minRuns: 1,
      timeLimitMs: 300,
    });
    expect(result.interrupted).toBe(true);
    expect(result.runs).toBeGreaterThanOrEqual(1);
    expect(result.runs).toBeLessThan(10_000);
    expect(ended).toBe(started);
    expect(info).toHaveBeenCalledWith(
      expect.stringContaining(`fast-check seed ${result.seed}: ${result.runs} of 10000`),
    );
  });

  it('fails when fewer than minRuns runs fitted in the time limit', async () => {
    const flow = settling(() => new Promise<void>((resolve) => setTimeout(resolve, 40)));
    const message = await failureOf(
      assertBounded(fc.asyncProperty(fc.nat(), flow.predicate), flow.settled, {
        numRuns: 10_000,
        minRuns: 5_000,
        timeLimitMs: 300,
      }),
    );
    expect(message).toMatch(
      /^Only \d+ of the 5000 runs needed fitted in 300 ms \(fast-check seed \d+; replay with FC_SEED=/,
    );
  });
});
