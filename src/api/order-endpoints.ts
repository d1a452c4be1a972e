/**
 * One order's endpoints: its detail, mapped to the domain, and the shopper's cancellation
 * request. Only the order view needs them, so the script tag loads them with it.
 */
import type { Order } from '../domain/index.ts';
import { validateCancellationReason } from '../domain/index.ts';
import { OrdersApiError } from './errors.ts';
import { toOrder } from './map-order.ts';
import { LIST_PATH } from './orders-list.ts';
import type { CallOptions, Transport } from './transport.ts';

/** One order as its models read and act on it. */
export interface OrderApi {
  getOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /** Sends the shopper's request; the 200 body is ignored: re-read the order afterwards. */
  requestCancellation(orderId: string, reason: string, options?: CallOptions): Promise<void>;
  /** The store's clock, in epoch ms (transport.ts). */
  serverNow(): number;
}

const cancelPath = (orderId: string) => `api/checkout/pub/orders/${encodeURIComponent(orderId)}/user-cancel-request`;

export async function getOrder(wire: Transport, orderId: string, call?: CallOptions): Promise<Order> {
  if (!orderId.trim()) throw new OrdersApiError('bad-request', { detail: 'empty orderId' });
  const order = toOrder(await wire.getJson(`${LIST_PATH}/${encodeURIComponent(orderId)}`, call), wire.storeOrigin);
  if (order.orderId !== orderId)
    throw new OrdersApiError('bad-response', { detail: `asked for ${orderId}, got ${order.orderId}` });
  return order;
}

/** Sends the shopper's request; the 200 body is undocumented by VTEX: re-read the order afterwards. */
export async function requestCancellation(
  wire: Transport,
  orderId: string,
  reason: string,
  call?: CallOptions,
): Promise<void> {
  const checked = validateCancellationReason(reason);
  if (!checked.ok) throw new OrdersApiError('bad-request', { detail: `reason ${checked.error}` });
  if (!orderId.trim()) throw new OrdersApiError('bad-request', { detail: 'empty orderId' });
  await wire.post(cancelPath(orderId), { reason: checked.reason }, call);
}

export function orderApiOver(wire: Transport): OrderApi {
  return {
    getOrder: (orderId, call) => getOrder(wire, orderId, call),
    requestCancellation: (orderId, reason, call) => requestCancellation(wire, orderId, reason, call),
    serverNow: () => wire.serverNow(),
  };
}
