/**
 * The events a store can listen to on the widget's host element (bubbling, composed): the
 * widget's life (`ready`, `error`, `navigate`) and the cancel flow's (from the model).
 */

import type { OrdersApiErrorCode } from '../api/index.ts';
import type { CancelEventDetails, EmitCancelEvent } from '../state/cancel/events.ts';

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
