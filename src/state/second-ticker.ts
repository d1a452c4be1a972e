/**
 * Server time refreshed once a second, for countdowns, only while someone holds it and the
 * page is visible (a hidden tab does not tick). `hold()` returns the release.
 */
import { createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import { withDispose } from './model.ts';
import type { VisibilitySource } from './visibility.ts';

export interface SecondTicker {
  /** Server epoch ms, as of the last tick. */
  now: ReadonlySignal<number>;
  /** Reads the server clock now (also after a new response moved the estimate). */
  refresh(): void;
  hold(): () => void;
  dispose(): void;
}

const Ticker = createModel((serverNow: () => number, visibility: VisibilitySource) => {
  const now = signal(serverNow());
  const holders = signal(0);
  const refresh = (): void => {
    now.value = serverNow();
  };

  // Every hold and release restarts the second; while held, visibility starts and stops it.
  // Released to nobody, or the model disposed: no interval and no listener is left.
  effect(() => {
    if (holders.value === 0) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const sync = (): void => {
      clearInterval(timer);
      timer = visibility.isVisible() ? setInterval(refresh, 1_000) : undefined;
    };
    const unsubscribe = visibility.subscribe(() => {
      refresh();
      sync();
    });
    sync();
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  });

  return {
    now: now as ReadonlySignal<number>,
    refresh,
    hold(): () => void {
      holders.value += 1;
      refresh();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holders.value -= 1;
      };
    },
  };
});

export const createSecondTicker = (serverNow: () => number, visibility: VisibilitySource): SecondTicker =>
  withDispose(new Ticker(serverNow, visibility));
