/**
 * The events the cancel flow reports to the store's analytics. The model only calls `emit`;
 * the embed layer dispatches them on the host element (bubbling, composed).
 */
import type { OrdersApiErrorCode } from '../../api/index.ts';

export interface CancelEventDetails {
  'my-orders:cancel-requested': { orderId: string; outcome: 'canceled' | 'requested'; reason: string };
  'my-orders:cancel-decided': { orderId: string; outcome: 'approved' | 'denied'; denyReason?: string };
  /** `unconfirmed`: the store answered, but the order shows no request after a while (nothing happened). */
  'my-orders:cancel-failed': { orderId: string; code: OrdersApiErrorCode | 'unconfirmed' };
}

export type CancelEventName = keyof CancelEventDetails;

export type EmitCancelEvent = <K extends CancelEventName>(name: K, detail: CancelEventDetails[K]) => void;
