/**
 * One model per widget instance: the list, which order is open, and a server-time clock for
 * everything relative ("updated 3 minutes ago"). The open order's own models (its detail and
 * its cancellation) come with the order view: `loadOpenOrderModels` brings them the first time an
 * order is opened (or the shopper shows the intent). Components read its signals and call its
 * actions; nothing here is module-level, so two widgets on a page share nothing.
 */
import { batch, computed, createModel, effect, signal } from '@preact/signals';
import type { ListApi, OrdersApiError } from '../api/index.ts';
import { asApiError } from './api-error.ts';
import { createListModel, type ListFilters } from './list-model.ts';
import { onDispose, withDispose } from './model.ts';
import type { LoadOpenOrderModels, OpenOrderModels } from './open-order-models.ts';

export interface WidgetModelOptions {
  perPage: number;
  /** How often relative times refresh. */
  clockTickMs?: number;
  /** Brings the open order's models (see open-order-models.ts). */
  loadOpenOrderModels: LoadOpenOrderModels;
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

const Widget = createModel((api: ListApi, options: WidgetModelOptions) => {
  const list = createListModel(api, options.perPage);
  const orderId = signal<string | null>(null);
  /** The order just closed, so the list can put focus back on its row; the list clears it. */
  const lastClosedOrderId = signal<string | null>(null);
  /** The open order's models; null until they have loaded. */
  const order = signal<OpenOrderModels | null>(null);
  /** Why the order's models could not be had (offline, a blocked file): the view offers a retry. */
  const orderFailure = signal<OrdersApiError | null>(null);
  const serverNow = signal(api.serverNow());
  const started = signal(false);
  const route = computed<Route>(() => {
    const id = orderId.value;
    return id === null ? { view: 'list' } : { view: 'order', orderId: id };
  });
  let pending: Promise<OpenOrderModels | null> | null = null;
  let disposed = false;
  onDispose(() => {
    disposed = true;
  });
  // Every load brings a fresher Date header: relative times must not wait for the next tick.
  effect(() => {
    void list.result.value;
    void order.value?.detail.result.value;
    serverNow.value = api.serverNow();
  });
  // The clock runs from `start()` until the model is disposed.
  effect(() => {
    if (!started.value) return;
    const tick = setInterval(() => {
      serverNow.value = api.serverNow();
    }, options.clockTickMs ?? 30_000);
    return () => clearInterval(tick);
  });
  // The open order's models arrive after this factory ran, so this model does not own their
  // effects by itself: this effect ends them with it.
  effect(() => {
    const models = order.value;
    return () => models?.dispose();
  });

  /** The order's models, loaded once; a failed load is tried again by the next call. */
  function orderModels(): Promise<OpenOrderModels | null> {
    pending ??= options.loadOpenOrderModels(orderId).then(
      (models) => {
        if (disposed) {
          models.dispose();
          return null;
        }
        batch(() => {
          order.value = models;
          orderFailure.value = null;
        });
        return models;
      },
      (error: unknown) => {
        pending = null;
        // A prefetch (the pointer on the rows) that failed is nobody's error until an order is opened.
        if (!disposed && orderId.peek() !== null) orderFailure.value = asApiError(error);
        return null;
      },
    );
    return pending;
  }

  async function loadOpenOrder(): Promise<void> {
    orderFailure.value = null;
    const models = await orderModels();
    await models?.detail.reload();
  }

  // Called by actions only: one batch with the action's other writes.
  function closeOrder(): void {
    order.peek()?.detail.clear();
    lastClosedOrderId.value = orderId.peek();
    orderId.value = null;
    orderFailure.value = null;
  }

  return {
    list,
    orderId,
    lastClosedOrderId,
    order,
    orderFailure,
    route,
    serverNow,
    /** The shopper's place, for deep links and for carrying it into a rebuilt model. */
    place: computed<ShopperPlace>(() => ({
      page: list.page.value,
      filters: list.filters.value,
      orderId: orderId.value,
    })),
    /** Loads the first page and starts the clock; call once after mounting. */
    start(): Promise<void> {
      started.value = true;
      return list.result.peek().status === 'idle' ? list.load() : Promise.resolve();
    },
    openOrder(id: string): Promise<void> {
      orderId.value = id;
      return loadOpenOrder();
    },
    /** Loads the open order again (after a failure, or its models' failure). */
    reloadOrder: loadOpenOrder,
    /** The shopper is about to open an order (pointer or focus on the list): fetch its view now. */
    prepareOrder(): void {
      void orderModels();
    },
    /** Back to the list as it was: same page, same filters, no new request. */
    backToList(): void {
      closeOrder();
      if (list.result.peek().status === 'idle') void list.load();
    },
    /**
     * Goes to a place (a deep link, history back and forward, a rebuilt model): sets the list's
     * query and opens or closes the order. Before `start()` nothing is requested for the list.
     */
    restore(target: RestoreTarget): Promise<void> {
      // An action, so one batch: whoever follows the place (the URL hash) sees the end state, not the steps.
      const pendingLoads: Promise<void>[] = [];
      const query = target.list;
      if (query && (query.page !== list.page.peek() || !sameFilters(query.filters, list.filters.peek()))) {
        list.filters.value = query.filters;
        list.page.value = Math.max(1, Math.floor(query.page));
        if (list.result.peek().status !== 'idle') pendingLoads.push(list.load());
      }
      if (target.orderId === null) {
        if (orderId.peek() !== null) closeOrder();
      } else if (target.orderId !== orderId.peek()) {
        orderId.value = target.orderId;
        pendingLoads.push(loadOpenOrder());
      }
      return Promise.all(pendingLoads).then(() => undefined);
    },
  };
});

/** `dispose()` stops the clock, aborts every request and disposes the open order's models. */
export const createWidgetModel = (api: ListApi, options: WidgetModelOptions) => withDispose(new Widget(api, options));

export type WidgetModel = ReturnType<typeof createWidgetModel>;
