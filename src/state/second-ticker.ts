/**
 * Server time refreshed once a second, for countdowns, only while someone holds it and the
 * page is visible (a hidden tab does not tick). `hold()` returns the release.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { VisibilitySource } from './visibility.ts';

export interface SecondTicker {
  /** Server epoch ms, as of the last tick. */
  now: ReadonlySignal<number>;
  /** Reads the server clock now (also after a new response moved the estimate). */
  refresh(): void;
  hold(): () => void;
  dispose(): void;
}

export function createSecondTicker(serverNow: () => number, visibility: VisibilitySource): SecondTicker {
  const now = signal(serverNow());
  let holders = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  let unsubscribe: (() => void) | null = null;

  const refresh = (): void => {
    now.value = serverNow();
  };
  const stopTimer = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const sync = (): void => {
    stopTimer();
    if (holders > 0 && visibility.isVisible()) timer = setInterval(refresh, 1_000);
  };
  const onVisibilityChange = (): void => {
    refresh();
    sync();
  };

  return {
    now,
    refresh,
    hold() {
      holders += 1;
      if (holders === 1) unsubscribe = visibility.subscribe(onVisibilityChange);
      refresh();
      sync();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holders -= 1;
        if (holders === 0) {
          unsubscribe?.();
          unsubscribe = null;
        }
        sync();
      };
    },
    dispose() {
      holders = 0;
      unsubscribe?.();
      unsubscribe = null;
      stopTimer();
    },
  };
}
