import type { MockClock } from './types.ts';

/** 2026-06-15T12:00:00Z: the default start of a frozen clock. */
export const DEFAULT_NOW = Date.UTC(2026, 5, 15, 12, 0, 0);

export interface ResettableClock extends MockClock {
  /** Back to the time the backend started with. */
  restart(): void;
}

/**
 * The mock's only time. Frozen: a number that moves only when told. Live: the device clock
 * plus an offset, so the demo's countdowns run while the console can still jump ahead.
 */
export function createClock(mode: 'frozen' | 'live', start: number | undefined): ResettableClock {
  const origin = start ?? (mode === 'frozen' ? DEFAULT_NOW : undefined);
  let frozenAt = origin ?? DEFAULT_NOW;
  let offset = 0;
  const restart = (): void => {
    frozenAt = origin ?? DEFAULT_NOW;
    offset = origin === undefined ? 0 : origin - Date.now();
  };
  restart();
  const now = (): number => (mode === 'frozen' ? frozenAt : Date.now() + offset);
  return {
    mode,
    now,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The mock clock only moves forward');
      if (mode === 'frozen') frozenAt += ms;
      else offset += ms;
    },
    set(epochMs: number): void {
      if (!Number.isFinite(epochMs)) throw new RangeError('The mock clock needs a finite epoch time');
      if (mode === 'frozen') frozenAt = epochMs;
      else offset = epochMs - Date.now();
    },
    restart,
  };
}
