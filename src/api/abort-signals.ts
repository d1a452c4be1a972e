/** Combines abort signals; `AbortSignal.any` is missing on older Safari (before 17.4). */

export interface LinkedSignal {
  signal: AbortSignal;
  /** Detaches listeners from long-lived parents once the request is over. */
  release(): void;
}

export function linkSignals(signals: ReadonlyArray<AbortSignal | undefined>): LinkedSignal {
  const parents = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any(parents), release: () => {} };
  const controller = new AbortController();
  const abort = () => controller.abort();
  for (const parent of parents) {
    if (parent.aborted) controller.abort();
    else parent.addEventListener('abort', abort, { once: true });
  }
  return {
    signal: controller.signal,
    release: () => {
      for (const parent of parents) parent.removeEventListener('abort', abort);
    },
  };
}
