/**
 * Reports the widget's life on the host: `ready` once the first list page has loaded or
 * failed, `error` for every failed list or order load, `navigate` for every change of view.
 * `memory` outlives a rebuilt model, so a rebuild neither repeats `ready` nor invents a move.
 */
import { effect, untracked } from '@preact/signals';
import type { OrdersModel, Route } from '../state/orders-model.ts';
import type { EmitHostEvent, MyOrdersNavigateDetail } from './host-events.ts';

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
export function reportLifecycle(model: OrdersModel, emit: EmitHostEvent, memory: LifecycleMemory): () => void {
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
