/**
 * The whole orders client over one transport: the list, one order, the cancellation request.
 * The widget composes the same parts itself (the order's endpoints arrive with the order
 * view); this is the client for everything else that talks to the API in one piece.
 */
import type { Order } from '../domain/index.ts';
import type { ListOrdersParams } from './list-query.ts';
import { getOrder, requestCancellation } from './order-endpoints.ts';
import type { OrderPage } from './order-page.ts';
import { listOrders } from './orders-list.ts';
import { createTransport, type CallOptions, type TransportOptions, type WireControl } from './transport.ts';

export type OrdersClientOptions = TransportOptions;

export interface ListApi {
  listOrders(params: ListOrdersParams, options?: CallOptions): Promise<OrderPage>;
  serverNow(): number;
}

export interface OrderApi {
  getOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /** Sends the shopper's request; the 200 body is ignored: re-read the order afterwards. */
  requestCancellation(orderId: string, reason: string, options?: CallOptions): Promise<void>;
  serverNow(): number;
}

export interface OrdersClient extends ListApi, OrderApi, WireControl {}

export function createOrdersClient(options: OrdersClientOptions = {}): OrdersClient {
  const wire = createTransport(options);
  return {
    listOrders: (params, call) => listOrders(wire, params, call),
    getOrder: (orderId, call) => getOrder(wire, orderId, call),
    requestCancellation: (orderId, reason, call) => requestCancellation(wire, orderId, reason, call),
    serverNow: wire.serverNow,
    abort: wire.abort,
    dispose: wire.dispose,
  };
}
