/**
 * The transport the models hold, delegating to one it can swap: a new `apiBase` replaces the
 * wire underneath while the models (page, filters, open order) carry on.
 */
import type { Transport } from '../api/index.ts';

export interface SwappableTransport extends Transport {
  /** Puts `next` in place and returns the previous transport, for the caller to dispose. */
  swap(next: Transport): Transport;
}

export function createSwappableTransport(initial: Transport): SwappableTransport {
  let current = initial;
  return {
    get storeOrigin() {
      return current.storeOrigin;
    },
    getJson: (path, call) => current.getJson(path, call),
    post: (path, json, call) => current.post(path, json, call),
    serverNow: () => current.serverNow(),
    abort: () => current.abort(),
    dispose: () => current.dispose(),
    swap(next) {
      const previous = current;
      current = next;
      return previous;
    },
  };
}
