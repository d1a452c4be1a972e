/**
 * One model with its wire, its host events and its deep link: what `mount()` rebuilds when a
 * setting the model is made with changes (`apiBase`, page size, cancellation on/off, grace
 * period), carrying the shopper's place over. A new deep-link prefix is applied in place.
 */

import { effect, untracked } from '@preact/signals';
import { createTransport, listApiOver, OrdersApiError } from '../api/index.ts';
import type { EmitCancelEvent } from '../state/cancel/events.ts';
import type { PendingCancellations } from '../state/cancel/pending-requests.ts';
import { createWidgetModel, type Route, type ShopperPlace, type WidgetModel } from '../state/widget-model.ts';
import type { EmitHostEvent, MyOrdersNavigateDetail } from './host-events.ts';
import type { MyOrdersOptions } from './options.ts';
import { apiBaseOf, cancellationOf, pageSizeOf } from './options.ts';
import { idleTasks, loadDeepLinkPart, loadOrderPart, type OrderPart } from './parts.ts';
import { warnStore } from './store-warning.ts';

export interface SessionDeps {
  page: Document;
  emit: EmitHostEvent & EmitCancelEvent;
  memory: LifecycleMemory;
  /** Cancellation requests still out: they outlive a rebuild, so the new model says their outcome. */
  pendingCancellations: PendingCancellations;
  /** The place to continue from (a rebuild); null on mount, where the URL may name one. */
  place: ShopperPlace | null;
  /** The order view has loaded: its CSS and words go in before it is drawn. */
  orderPartArrived(part: OrderPart): void;
}

export interface WidgetSession {
  model: WidgetModel;
  /** Loads the first page (after following the URL when it names a place); call once. */
  start(): Promise<void>;
  setDeepLink(prefix: string | null): void;
  dispose(): void;
}

export function startSession(options: MyOrdersOptions, prefix: string | null, deps: SessionDeps): WidgetSession {
  const { page } = deps;
  const view = page.defaultView;
  const wire = createTransport({ apiBase: apiBaseOf(options, page.location.href) });
  const model = createWidgetModel(listApiOver(wire), {
    perPage: pageSizeOf(options),
    whenIdle: idleTasks(view),
    async loadOpenOrderModels(orderId) {
      const part = await loadOrderPart().catch((error: unknown) => {
        // A script that did not load says nothing of why: offline, or refused (integrity, a policy, a 404).
        throw new OrdersApiError(view?.navigator.onLine === false ? 'network' : 'widget-files', {
          cause: error,
          detail: 'the order view did not load',
        });
      });
      deps.orderPartArrived(part);
      return part.createOrderModelsOver(wire, orderId, {
        settings: cancellationOf(options),
        page,
        emit: deps.emit,
        pending: deps.pendingCancellations,
        list: model.list,
      });
    },
  });
  if (deps.place)
    void model.restore({ orderId: deps.place.orderId, list: { page: deps.place.page, filters: deps.place.filters } });

  let disconnectDeepLink: (() => void) | null = null;
  let disposed = false;
  /** Bumped by every (re)link: a sync that arrives after a newer link was asked for is dropped. */
  let linking = 0;
  const linkTo = (next: string | null, followUrlFirst: boolean): Promise<void> => {
    disconnectDeepLink?.();
    disconnectDeepLink = null;
    const ticket = ++linking;
    if (!next || !view) return Promise.resolve();
    return loadDeepLinkPart().then(
      ({ connectDeepLink }) => {
        if (ticket === linking && !disposed)
          disconnectDeepLink = connectDeepLink({ prefix: next, model, window: view, followUrlFirst });
      },
      (error: unknown) =>
        warnStore('deep links are off: their code did not load (are parts/ hosted beside the script?)', error),
    );
  };
  const followsUrl = deps.place === null && prefix !== null && (view?.location.hash.startsWith(prefix) ?? false);
  const linked = linkTo(prefix, deps.place === null);
  const stopReporting = reportLifecycle(model, deps.emit, deps.memory);
  const stopRecovering = recoverWhenBack(model, page);

  return {
    model,
    start() {
      // A URL naming a place is followed first, so the first page requested is the one it names.
      // Not after dispose: a disposed model must not start its clock.
      return followsUrl ? linked.then(() => (disposed ? undefined : model.start())) : model.start();
    },
    setDeepLink(next) {
      void linkTo(next, true);
    },
    dispose() {
      disposed = true;
      stopReporting();
      stopRecovering();
      disconnectDeepLink?.();
      disconnectDeepLink = null;
      model.dispose();
      wire.dispose();
    },
  };
}

/**
 * Reports the widget's life on the host: `ready` once the first list page has loaded or
 * failed, `error` for every failed list or order load, `navigate` for every change of view.
 * `memory` outlives a rebuilt model, so a rebuild neither repeats `ready` nor invents a move.
 */
export interface LifecycleMemory {
  ready: boolean;
  /** The view last reported; the list until told otherwise (a deep link opening an order is a move). */
  view: string;
}

export function freshLifecycleMemory(): LifecycleMemory {
  return { ready: false, view: 'list' };
}

const viewKey = (route: Route): string => (route.view === 'order' ? `order/${route.orderId}` : 'list');

function navigateDetail(route: Route): MyOrdersNavigateDetail {
  return route.view === 'order' ? { view: 'order', orderId: route.orderId } : { view: 'list' };
}

/** Starts reporting; returns the stop. */
export function reportLifecycle(model: WidgetModel, emit: EmitHostEvent, memory: LifecycleMemory): () => void {
  // A listener may call back into the widget: what it reads must not become our dependency.
  const send: EmitHostEvent = (name, detail) => untracked(() => emit(name, detail));
  const stops = [
    effect(() => {
      const result = model.list.result.value;
      if (result.status === 'error' && result.error.code !== 'aborted')
        send('my-orders:error', { code: result.error.code });
      if (!memory.ready && (result.status === 'ready' || result.status === 'error')) {
        memory.ready = true;
        send('my-orders:ready', {});
      }
    }),
    effect(() => {
      const result = model.order.value?.detail.result.value;
      // The order itself failed to load, or the order view it needs did.
      const error = model.orderFailure.value ?? (result?.status === 'error' ? result.error : null);
      if (!error || error.code === 'aborted') return;
      const orderId = model.orderId.peek();
      send('my-orders:error', orderId === null ? { code: error.code } : { code: error.code, orderId });
    }),
    effect(() => {
      const route = model.route.value;
      const key = viewKey(route);
      if (key === memory.view) return;
      memory.view = key;
      send('my-orders:navigate', navigateDetail(route));
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** What failed offline is read again when the connection returns or the tab is shown again. */
function recoverWhenBack(model: WidgetModel, page: Document): () => void {
  const view = page.defaultView;
  const onVisible = () => {
    if (page.visibilityState !== 'hidden') model.recover();
  };
  const onOnline = () => model.recover();
  view?.addEventListener('online', onOnline);
  page.addEventListener('visibilitychange', onVisible);
  return () => {
    view?.removeEventListener('online', onOnline);
    page.removeEventListener('visibilitychange', onVisible);
  };
}
