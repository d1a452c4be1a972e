/**
 * One model with its wire, its host events and its deep link: what `mount()` rebuilds when a
 * setting the model is made with changes (cancellation on/off, grace period), carrying the
 * shopper's place over. A new `apiBase`, page size or deep-link prefix is applied in place.
 */
import { createOrdersClient } from '../api/index.ts';
import { createOrdersModel, type OrdersModel, type ShopperPlace } from '../state/orders-model.ts';
import type { EmitCancelEvent } from '../state/cancel-events.ts';
import type { VisibilitySource } from '../state/visibility.ts';
import { connectDeepLink } from './deep-link-sync.ts';
import type { EmitHostEvent } from './host-events.ts';
import { reportLifecycle, type LifecycleMemory } from './lifecycle-events.ts';
import { apiBaseOf, cancellationOf, pageSizeOf } from './option-values.ts';
import type { MyOrdersOptions } from './options.ts';
import { createSwappableClient } from './swappable-client.ts';

export interface SessionDeps {
  page: Document;
  emit: EmitHostEvent & EmitCancelEvent;
  memory: LifecycleMemory;
  visibility: VisibilitySource;
  /** The place to continue from (a rebuild); null on mount, where the URL may name one. */
  place: ShopperPlace | null;
}

export interface WidgetSession {
  model: OrdersModel;
  setApiBase(apiBase: string): void;
  setPageSize(pageSize: number): void;
  setDeepLink(prefix: string | null): void;
  dispose(): void;
}

export function startSession(options: MyOrdersOptions, prefix: string | null, deps: SessionDeps): WidgetSession {
  const { page } = deps;
  const view = page.defaultView;
  let apiBase = apiBaseOf(options, page.location.href);
  const client = createSwappableClient(createOrdersClient({ apiBase }));
  const model = createOrdersModel(client, {
    perPage: pageSizeOf(options),
    cancellation: cancellationOf(options),
    visibility: deps.visibility,
    emit: deps.emit,
  });
  if (deps.place) void model.restore({ orderId: deps.place.orderId, list: { page: deps.place.page, filters: deps.place.filters } });

  let disconnectDeepLink: (() => void) | null = null;
  const linkTo = (next: string | null, followUrlFirst: boolean): void => {
    disconnectDeepLink?.();
    disconnectDeepLink = next && view ? connectDeepLink({ prefix: next, model, window: view, followUrlFirst }) : null;
  };
  linkTo(prefix, deps.place === null);
  const stopReporting = reportLifecycle(model, deps.emit, deps.memory);

  return {
    model,
    setApiBase(next) {
      if (next === apiBase) return;
      apiBase = next;
      const previous = client.swap(createOrdersClient({ apiBase }));
      // Reload first: each load aborts its own superseded request, so none ends in an error.
      void model.list.load();
      if (model.detail.orderId.peek() !== null) void model.detail.reload();
      previous.dispose();
    },
    setPageSize(next) {
      if (next !== model.list.perPage.peek()) void model.list.setPerPage(next);
    },
    setDeepLink(next) {
      linkTo(next, true);
    },
    dispose() {
      stopReporting();
      disconnectDeepLink?.();
      disconnectDeepLink = null;
      model.dispose();
    },
  };
}
