/**
 * One model per widget instance: the list, the open order, and a server-time clock for
 * everything relative ("updated 3 minutes ago"). Components read its signals and call its
 * actions; nothing here is module-level, so two widgets on a page share nothing.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import type { OrdersClient } from '../api/index.ts';
import { createDetailModel } from './detail-model.ts';
import { createListModel, type ListFilters } from './list-model.ts';
import { createCancelModel, type CancelSettings } from './cancel-model.ts';
import type { EmitCancelEvent } from './cancel-events.ts';
import type { VisibilitySource } from './visibility.ts';

export interface OrdersModelOptions {
  perPage: number;
  /** How often relative times refresh. */
  clockTickMs?: number;
  /** The store's cancellation settings (on/off, grace period). */
  cancellation?: Partial<CancelSettings>;
  /** Page visibility, from the embed layer: polling and countdowns pause while hidden. */
  visibility?: VisibilitySource;
  /** Reports cancel-flow events; the embed layer dispatches them on the host. */
  emit?: EmitCancelEvent;
}

export type Route = { view: 'list' } | { view: 'order'; orderId: string };

/** Where the shopper is: the list's page and filters, and the open order (null: the list). */
export interface ShopperPlace {
  page: number;
  filters: ListFilters;
  orderId: string | null;
}

/** A place to go back to; without `list`, the list's page and filters stay as they are. */
export interface RestoreTarget {
  orderId: string | null;
  list?: { page: number; filters: ListFilters };
}

export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return a.stage === b.stage && a.text === b.text && a.from === b.from && a.to === b.to;
}

export function createOrdersModel(api: OrdersClient, options: OrdersModelOptions) {
  const list = createListModel(api, options.perPage);
  const detail = createDetailModel(api);
  const cancel = createCancelModel({ api, detail, settings: options.cancellation, visibility: options.visibility, emit: options.emit });
  const serverNow = signal(api.serverNow());
  const route = computed<Route>(() => {
    const orderId = detail.orderId.value;
    return orderId === null ? { view: 'list' } : { view: 'order', orderId };
  });
  let tick: ReturnType<typeof setInterval> | null = null;
  // Every load brings a fresher Date header: relative times must not wait for the next tick.
  const stopClockSync = effect(() => {
    void list.result.value;
    void detail.result.value;
    serverNow.value = api.serverNow();
  });

  return {
    list,
    detail,
    cancel,
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
    /** The shopper's place, for deep links and for carrying it into a rebuilt model. */
    place(): ShopperPlace {
      return { page: list.page.value, filters: list.filters.value, orderId: detail.orderId.value };
    },
    /**
     * Goes to a place (a deep link, history back and forward, a rebuilt model): sets the list's
     * query and opens or closes the order. Before `start()` nothing is requested for the list.
     */
    restore(target: RestoreTarget): Promise<void> {
      const pending: Promise<void>[] = [];
      // One batch: whoever follows the place (the URL hash) sees the end state, not the steps.
      batch(() => {
        const query = target.list;
        if (query && (query.page !== list.page.peek() || !sameFilters(query.filters, list.filters.peek()))) {
          list.filters.value = query.filters;
          list.page.value = Math.max(1, Math.floor(query.page));
          if (list.result.peek().status !== 'idle') pending.push(list.load());
        }
        if (target.orderId === detail.orderId.peek()) return;
        if (target.orderId === null) detail.close();
        else pending.push(detail.open(target.orderId));
      });
      return Promise.all(pending).then(() => undefined);
    },
    dispose(): void {
      stopClockSync();
      if (tick !== null) clearInterval(tick);
      tick = null;
      list.dispose();
      cancel.dispose();
      detail.dispose();
      api.dispose();
    },
  };
}

export type OrdersModel = ReturnType<typeof createOrdersModel>;
