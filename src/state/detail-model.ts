/** The open order: which one, and its loaded detail. */
import { signal } from '@preact/signals';
import type { Order } from '../domain/index.ts';
import type { OrdersApiError, OrdersClient } from '../api/index.ts';
import { currentValue, type Load } from './load.ts';
import { asApiError } from './api-error.ts';

export function createDetailModel(api: OrdersClient) {
  const orderId = signal<string | null>(null);
  const result = signal<Load<Order, OrdersApiError>>({ status: 'idle' });
  /** The order just closed, so the list can put focus back on its row; the list clears it. */
  const lastClosedOrderId = signal<string | null>(null);
  let inFlight: AbortController | null = null;
  const lifetime = new AbortController();

  async function load(): Promise<void> {
    const id = orderId.value;
    inFlight?.abort();
    if (id === null) return;
    const controller = new AbortController();
    inFlight = controller;
    const previous = currentValue(result.value);
    result.value = { status: 'loading', previous: previous?.orderId === id ? previous : null };
    try {
      const order = await api.getOrder(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      result.value = { status: 'ready', value: order, loadedAt: api.serverNow() };
    } catch (error) {
      if (controller.signal.aborted) return;
      result.value = { status: 'error', error: asApiError(error), previous: previous?.orderId === id ? previous : null };
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  /**
   * Re-reads the open order quietly: no loading state, and a failed read leaves the screen as
   * it is (background polls and the re-read after a cancel request must not flash or error).
   * Dropped when something newer happened meanwhile (a reload, another order).
   * @returns the fresh order, or null when it was not read or not applied.
   */
  async function refresh(): Promise<Order | null> {
    const id = orderId.peek();
    const before = result.peek();
    if (id === null || before.status === 'idle' || before.status === 'loading') return null;
    try {
      const order = await api.getOrder(id, { signal: lifetime.signal });
      if (orderId.peek() !== id || result.peek() !== before) return null;
      result.value = { status: 'ready', value: order, loadedAt: api.serverNow() };
      return order;
    } catch {
      return null;
    }
  }

  return {
    orderId,
    result,
    lastClosedOrderId,
    reload: load,
    refresh,
    open(id: string): Promise<void> {
      orderId.value = id;
      return load();
    },
    close(): void {
      inFlight?.abort();
      inFlight = null;
      lastClosedOrderId.value = orderId.value;
      orderId.value = null;
      result.value = { status: 'idle' };
    },
    dispose(): void {
      lifetime.abort();
      inFlight?.abort();
      inFlight = null;
    },
  };
}

export type DetailModel = ReturnType<typeof createDetailModel>;
