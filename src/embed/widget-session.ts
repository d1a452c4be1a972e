/**
 * One model with its wire, its host events and its deep link: what `mount()` rebuilds when a
 * setting the model is made with changes (`apiBase`, page size, cancellation on/off, grace
 * period), carrying the shopper's place over. A new deep-link prefix is applied in place.
 */
import { createTransport, listApiOver, OrdersApiError } from '../api/index.ts';
import type { EmitCancelEvent } from '../state/cancel/events.ts';
import { createWidgetModel, type ShopperPlace, type WidgetModel } from '../state/widget-model.ts';
import type { EmitHostEvent } from './host-events.ts';
import { type LifecycleMemory, reportLifecycle } from './host-events.ts';
import type { MyOrdersOptions } from './options.ts';
import { apiBaseOf, cancellationOf, pageSizeOf } from './options.ts';
import { loadDeepLinkPart, loadOrderPart, type OrderPart } from './parts.ts';

export interface SessionDeps {
  page: Document;
  emit: EmitHostEvent & EmitCancelEvent;
  memory: LifecycleMemory;
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
    async loadOpenOrderModels(orderId) {
      const part = await loadOrderPart().catch((error: unknown) => {
        // A script that did not load says nothing of why: offline, or refused (integrity, a policy).
        throw new OrdersApiError(view?.navigator.onLine === false ? 'network' : 'bad-response', {
          cause: error,
          detail: 'the order view did not load',
        });
      });
      deps.orderPartArrived(part);
      return part.createOrderModelsOver(wire, orderId, { settings: cancellationOf(options), page, emit: deps.emit });
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
      (error: unknown) => console.warn('my-orders: deep links are off: their code did not load', error),
    );
  };
  const followsUrl = deps.place === null && prefix !== null && (view?.location.hash.startsWith(prefix) ?? false);
  const linked = linkTo(prefix, deps.place === null);
  const stopReporting = reportLifecycle(model, deps.emit, deps.memory);

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
      disconnectDeepLink?.();
      disconnectDeepLink = null;
      model.dispose();
      wire.dispose();
    },
  };
}
