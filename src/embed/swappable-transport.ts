/**
 * The orders client the model holds, delegating to one it can swap: a new `apiBase` replaces
 * the wire underneath while the model (page, filters, open order) carries on.
 */
import type { OrdersClient } from '../api/index.ts';

export interface SwappableClient extends OrdersClient {
  /** Puts `next` in place and returns the previous client, for the caller to dispose. */
  swap(next: OrdersClient): OrdersClient;
}

export function createSwappableClient(initial: OrdersClient): SwappableClient {
  let current = initial;
  return {
    listOrders: (params, call) => current.listOrders(params, call),
    getOrder: (orderId, call) => current.getOrder(orderId, call),
    requestCancellation: (orderId, reason, call) => current.requestCancellation(orderId, reason, call),
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
