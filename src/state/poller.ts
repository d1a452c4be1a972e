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

export interface Poller {
  /** Starts from the first delay; a running poller is restarted (backoff reset). */
  start(): void;
  stop(): void;
}

export function createPoller(
  run: () => Promise<void>,
  visibility: VisibilitySource,
  plan: BackoffPlan = DECISION_POLL,
): Poller {
  let generation = 0;
  let active = false;
  let running = false;
  let delay = plan.initialMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = (): void => {
    clearTimer();
    if (active && !running && visibility.isVisible()) timer = setTimeout(() => void tick(), delay);
  };

  async function tick(): Promise<void> {
    timer = null;
    const current = generation;
    running = true;
    try {
      await run();
    } catch {
      // A failed poll is retried at the next delay; the shopper keeps what is on screen.
    } finally {
      if (current === generation) running = false;
    }
    // A restart during the run (the watched state changed) owns the schedule now.
    if (current !== generation || !active) return;
    delay = Math.min(delay * plan.factor, plan.maxMs);
    schedule();
  }

  const onVisibilityChange = (): void => {
    if (!active) return;
    if (!visibility.isVisible()) clearTimer();
    else if (!running) {
      clearTimer();
      void tick();
    }
  };

  return {
    start() {
      generation += 1;
      running = false;
      active = true;
      delay = plan.initialMs;
      unsubscribe ??= visibility.subscribe(onVisibilityChange);
      schedule();
    },
    stop() {
      generation += 1;
      active = false;
      running = false;
      clearTimer();
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
