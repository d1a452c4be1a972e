/**
 * Polling with backoff that only runs while the page is visible: nothing is sent while hidden,
 * and one poll goes out at once when the page is shown again. Runs never overlap, and polling
 * gives up after a bounded time on screen.
 */
import type { VisibilitySource } from './visibility.ts';

export interface BackoffPlan {
  initialMs: number;
  factor: number;
  maxMs: number;
  /** Gives up once the waits between runs would pass this (time hidden does not count). */
  giveUpMs: number;
}

/**
 * Waiting for a seller's decision: 5 s, x1.5, at most every 5 minutes, for 30 minutes on
 * screen (14 reads), then the shopper checks again by hand. A seller answers in working hours,
 * often the next day (VTEX cancels a request left 30 days): polling cannot hurry that, only
 * catch a seller answering now, so reads are dense at first and few later. "Canceling" (the
 * platform's own step, seconds) ends well inside it.
 */
export const DECISION_POLL: BackoffPlan = { initialMs: 5_000, factor: 1.5, maxMs: 300_000, giveUpMs: 1_800_000 };

/**
 * Starts polling: the first run after `plan.initialMs`, each next one after a longer delay,
 * until `onGiveUp`. Returns the stop; a new start is a fresh backoff (a model restarts by
 * stopping and starting, as the cleanup and the next run of an effect).
 */
export function poll(
  run: () => Promise<void>,
  visibility: VisibilitySource,
  plan: BackoffPlan,
  onGiveUp: () => void,
): () => void {
  let stopped = false;
  let running = false;
  let delay = plan.initialMs;
  /** Time waited on screen: the full waits between runs. */
  let waited = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (): void => {
    clearTimeout(timer);
    timer =
      !stopped && !running && visibility.isVisible()
        ? setTimeout(() => {
            waited += delay;
            void tick();
          }, delay)
        : undefined;
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
    if (waited + delay > plan.giveUpMs) {
      stop();
      onGiveUp();
    } else schedule();
  }

  const unsubscribe = visibility.subscribe(() => {
    clearTimeout(timer);
    if (visibility.isVisible() && !running) void tick();
  });
  schedule();

  function stop(): void {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  }
  return stop;
}
