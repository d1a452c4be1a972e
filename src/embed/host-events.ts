/**
 * The events a store can listen to on the widget's host element (bubbling, composed): the
 * widget's life (`ready`, `error`, `navigate`) and the cancel flow's (from the model).
 */

import { effect, untracked } from '@preact/signals';
import type { OrdersApiErrorCode } from '../api/index.ts';
import type { CancelEventDetails, EmitCancelEvent } from '../state/cancel/events.ts';
import type { Route, WidgetModel } from '../state/widget-model.ts';

export type MyOrdersNavigateDetail = { view: 'list' } | { view: 'order'; orderId: string };

export interface MyOrdersEventDetails extends CancelEventDetails {
  /** Once per mount, when the first list page has loaded or failed. */
  'my-orders:ready': Record<string, never>;
  /** A list or order load failed (`orderId` for an order); the widget shows the error itself. */
  'my-orders:error': { code: OrdersApiErrorCode; orderId?: string };
  /** The shopper went to the list or to an order (also by open(), close(), a link or back). */
  'my-orders:navigate': MyOrdersNavigateDetail;
}

export type MyOrdersEventName = keyof MyOrdersEventDetails;

export type EmitHostEvent = <K extends MyOrdersEventName>(name: K, detail: MyOrdersEventDetails[K]) => void;

/** Dispatches on the host; also what the model's cancel flow reports through. */
export function hostEmitter(host: HTMLElement): EmitHostEvent & EmitCancelEvent {
  return (name: MyOrdersEventName, detail: unknown) => {
    host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementEventMap {
    'my-orders:ready': CustomEvent<MyOrdersEventDetails['my-orders:ready']>;
    'my-orders:error': CustomEvent<MyOrdersEventDetails['my-orders:error']>;
    'my-orders:navigate': CustomEvent<MyOrdersEventDetails['my-orders:navigate']>;
    'my-orders:cancel-requested': CustomEvent<MyOrdersEventDetails['my-orders:cancel-requested']>;
    'my-orders:cancel-decided': CustomEvent<MyOrdersEventDetails['my-orders:cancel-decided']>;
    'my-orders:cancel-failed': CustomEvent<MyOrdersEventDetails['my-orders:cancel-failed']>;
  }
}

/*
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
