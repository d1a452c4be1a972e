/** The open order's loaded detail; which order is open belongs to the widget's model. */
import { createModel, type ReadonlySignal, signal } from '@preact/signals';
import type { OrderApi, OrdersApiError } from '../api/index.ts';
import type { Order } from '../domain/index.ts';
import { asApiError } from './api-error.ts';
import { currentValue, type Load } from './load.ts';
import { onDispose, withDispose } from './model.ts';

type DetailApi = Pick<OrderApi, 'getOrder' | 'serverNow'>;

const Detail = createModel((api: DetailApi, orderId: ReadonlySignal<string | null>) => {
  const result = signal<Load<Order, OrdersApiError>>({ status: 'idle' });
  let inFlight: AbortController | null = null;
  const lifetime = new AbortController();
  onDispose(() => {
    lifetime.abort();
    inFlight?.abort();
  });

  /** Loads the open order (none open: nothing); a newer load aborts this one. */
  async function load(): Promise<void> {
    const id = orderId.peek();
    inFlight?.abort();
    if (id === null) return;
    const controller = new AbortController();
    inFlight = controller;
    const previous = currentValue(result.peek());
    result.value = { status: 'loading', previous: previous?.orderId === id ? previous : null };
    try {
      const order = await api.getOrder(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      result.value = { status: 'ready', value: order, loadedAt: api.serverNow() };
    } catch (error) {
      if (controller.signal.aborted) return;
      result.value = {
        status: 'error',
        error: asApiError(error),
        previous: previous?.orderId === id ? previous : null,
      };
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
    reload: load,
    refresh,
    /** The order was closed: stop its load and forget it. */
    clear(): void {
      inFlight?.abort();
      inFlight = null;
      result.value = { status: 'idle' };
    },
  };
});

/** `dispose()` aborts its reads. */
export const createDetailModel = (api: DetailApi, orderId: ReadonlySignal<string | null>) =>
  withDispose(new Detail(api, orderId));

export type DetailModel = ReturnType<typeof createDetailModel>;
