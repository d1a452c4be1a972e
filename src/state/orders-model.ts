/**
 * One model per widget instance: the list, the open order, and a server-time clock for
 * everything relative ("updated 3 minutes ago"). Components read its signals and call its
 * actions; nothing here is module-level, so two widgets on a page share nothing.
 */
import { computed, signal } from '@preact/signals';
import type { OrdersClient } from '../api/index.ts';
import { createDetailModel } from './detail-model.ts';
import { createListModel } from './list-model.ts';

export interface OrdersModelOptions {
  perPage: number;
  /** How often relative times refresh. */
  clockTickMs?: number;
}

export type Route = { view: 'list' } | { view: 'order'; orderId: string };

export function createOrdersModel(api: OrdersClient, options: OrdersModelOptions) {
  const list = createListModel(api, options.perPage);
  const detail = createDetailModel(api);
  const serverNow = signal(api.serverNow());
  const route = computed<Route>(() => {
    const orderId = detail.orderId.value;
    return orderId === null ? { view: 'list' } : { view: 'order', orderId };
  });
  let tick: ReturnType<typeof setInterval> | null = null;

  return {
    list,
    detail,
    route,
    serverNow,
    /** Loads the first page and starts the clock; call once after mounting. */
    start(): Promise<void> {
      tick ??= setInterval(() => {
        serverNow.value = api.serverNow();
      }, options.clockTickMs ?? 30_000);
      return list.result.peek().status === 'idle' ? list.load() : Promise.resolve();
    },
    openOrder(orderId: string): Promise<void> {
      return detail.open(orderId);
    },
    /** Back to the list as it was: same page, same filters, no new request. */
    backToList(): void {
      detail.close();
      if (list.result.peek().status === 'idle') void list.load();
    },
    dispose(): void {
      if (tick !== null) clearInterval(tick);
      tick = null;
      list.dispose();
      detail.dispose();
      api.dispose();
    },
  };
}

export type OrdersModel = ReturnType<typeof createOrdersModel>;
