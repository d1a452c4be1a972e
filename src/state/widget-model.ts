/**
 * One model per widget instance: the list, which order is open, and a server-time clock for
 * everything relative ("updated 3 minutes ago"), and one truth for an order across list and
 * detail: the rows show what a detail read after them says, and the list is read again after
 * the shopper wrote (docs/architecture.md, "One truth per order"). The open order's own models (its detail and
 * its cancellation) come with the order view: `loadOpenOrderModels` brings them the first time an
 * order is opened (or the shopper shows the intent). Components read its signals and call its
 * actions; nothing here is module-level, so two widgets on a page share nothing.
 */
import { batch, computed, createModel, effect, signal } from '@preact/signals';
import type { ListApi, OrdersApiError } from '../api/index.ts';
import { deliveredOn, type Order, type OrderSummary } from '../domain/index.ts';
import { asApiError } from './api-error.ts';
import { createListModel, type ListFilters } from './list-model.ts';
import { currentValue } from './load.ts';
import { onDispose, withDispose } from './model.ts';
import type { LoadOpenOrderModels, OpenOrderModels } from './open-order-models.ts';

export interface WidgetModelOptions {
  perPage: number;
  /** How often relative times refresh. */
  clockTickMs?: number;
  /** Brings the open order's models (see open-order-models.ts). */
  loadOpenOrderModels: LoadOpenOrderModels;
  /**
   * Runs a task once the page is idle and returns its cancel; none: never (the shopper saves
   * data). The order's view is fetched that way once the list is here, so a first open costs
   * what a second does, on touch screens too (no pointer to show the intent).
   */
  whenIdle?: ((task: () => void) => () => void) | undefined;
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

/** What an order's detail, read after its list page, tells its row (domain/order-truth.ts). */
type RowTruth = Pick<OrderSummary, 'status' | 'stage' | 'deliveredDate'>;

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
  /**
   * What each order's newest detail tells its row (status, stage, delivery: the rest of a detail
   * is not kept, a shopper may open hundreds), numbered in the order reads arrived (list pages
   * too): a detail numbered after a page is newer than its rows. A count, not the store's clock:
   * that is an estimate, and two reads a moment apart may compare the wrong way round.
   */
  const details = signal<ReadonlyMap<string, { row: RowTruth; read: number }>>(new Map());
  /** The details already numbered (held weakly: the open order's model holds the detail itself). */
  const numbered = new WeakSet<Order>();
  const pageReads = new WeakMap<object, number>();
  let reads = 0;
  /** The shopper sent a write (a cancellation) since the list was read: going back reads it again. */
  let listStale = false;
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
  effect(() => {
    const result = order.value?.detail.result.value;
    if (result?.status !== 'ready' || numbered.has(result.value)) return;
    const { orderId, status, stage, packages } = result.value;
    numbered.add(result.value);
    details.value = new Map(details.peek()).set(orderId, {
      row: { status, stage, deliveredDate: deliveredOn(packages) },
      read: ++reads,
    });
  });
  effect(() => {
    const result = list.result.value;
    if (result.status === 'ready') pageReads.set(result.value, ++reads);
  });
  effect(() => {
    if (order.value?.cancel.submitting.value) listStale = true;
  });
  // The list is on screen: the order's view loads next, while the shopper reads (a failed load
  // tries again when the list is shown again).
  effect(() =>
    list.result.value.status === 'ready' && orderId.value === null && !pending
      ? options.whenIdle?.(() => void orderModels())
      : undefined,
  );
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
        // A prefetch (the list idle, the pointer on the rows) that failed is nobody's error until an order is opened.
        if (!disposed && orderId.peek() !== null) orderFailure.value = asApiError(error);
        return null;
      },
    );
    return pending;
  }

  function loadOpenOrder(): Promise<void> {
    orderFailure.value = null;
    // Models already here (fetched while the list was read): the order's read leaves now, in this
    // action, before its page is drawn (the draw is queued when the action ends), not after it.
    const models = order.peek();
    return models ? models.detail.reload() : orderModels().then((loaded) => loaded?.detail.reload());
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
    /** The list's rows, each as the newest read of its order tells it (a detail read after the page wins). */
    rows: computed<OrderSummary[]>(() => {
      const view = currentValue(list.result.value);
      if (!view) return [];
      const read = details.value;
      return view.rows.map((row) => {
        const known = read.get(row.orderId);
        return known && known.read > (pageReads.get(view) ?? 0) ? { ...row, ...known.row } : row;
      });
    }),
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
    /**
     * The connection or the tab came back: what failed for want of it (offline, timed out) is
     * read again, once; what is loading or loaded is left alone, so repeated signals send nothing more.
     */
    recover(): void {
      const lost = (error: OrdersApiError | null | undefined) => error?.code === 'network' || error?.code === 'timeout';
      const listNow = list.result.peek();
      if (listNow.status === 'error' && lost(listNow.error)) void list.load();
      if (orderId.peek() === null) return;
      const detailNow = order.peek()?.detail.result.peek();
      if (lost(orderFailure.peek()) || (detailNow?.status === 'error' && lost(detailNow.error))) void loadOpenOrder();
    },
    /** The shopper is about to open an order (pointer or focus on the list): fetch its view now. */
    prepareOrder(): void {
      void orderModels();
    },
    /**
     * Back to the list as it was: same page, same filters; read again only when the shopper
     * wrote meanwhile (the rows already show what the order's detail said, at once).
     */
    backToList(): void {
      closeOrder();
      if (list.result.peek().status === 'idle' || listStale) {
        listStale = false;
        void list.load();
      }
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
        if (listStale && list.result.peek().status !== 'idle' && pendingLoads.length === 0) {
          listStale = false;
          pendingLoads.push(list.load());
        }
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
