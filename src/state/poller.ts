/**
 * Polling with backoff that only runs while the page is visible: nothing is sent while hidden,
 * and one poll goes out at once when the page is shown again. Runs never overlap.
 */
import type { VisibilitySource } from './visibility.ts';

export interface BackoffPlan {
  initialMs: number;
  factor: number;
  maxMs: number;
}

/** Waiting for a seller's decision: 5 s, then x1.5 up to a minute. */
export const DECISION_POLL: BackoffPlan = { initialMs: 5_000, factor: 1.5, maxMs: 60_000 };

/**
 * Starts polling: the first run after `plan.initialMs`, each next one after a longer delay.
 * Returns the stop; a new start is a fresh backoff (a model restarts by stopping and starting,
 * as the cleanup and the next run of an effect).
 */
export function poll(
  run: () => Promise<void>,
  visibility: VisibilitySource,
  plan: BackoffPlan = DECISION_POLL,
): () => void {
  let stopped = false;
  let running = false;
  let delay = plan.initialMs;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = !stopped && !running && visibility.isVisible() ? setTimeout(() => void tick(), delay) : undefined;
  };

  async function tick(): Promise<void> {
    timer = undefined;
    running = true;
    try {
      await run();
    } catch {
      // A failed poll is retried at the next delay; the shopper keeps what is on screen.
    } finally {
      running = false;
    }
    // Stopped during the run (the watched state changed): a newer start owns the schedule now.
    if (stopped) return;
    delay = Math.min(delay * plan.factor, plan.maxMs);
    schedule();
  }

  const unsubscribe = visibility.subscribe(() => {
    clearTimeout(timer);
    if (visibility.isVisible() && !running) void tick();
  });
  schedule();

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
