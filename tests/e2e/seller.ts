/**
 * The seller's side of a scenario, over real HTTP to the test server: the OMS endpoints a
 * store's back office calls, and the mock's `/_mock/orders` view to pick orders.
 */

import { type MockOrderSummary, SELLER_APP_KEY, SELLER_APP_TOKEN, SESSION_COOKIE } from '../../mocks/index.ts';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';

export interface Seller {
  orders(): Promise<MockOrderSummary[]>;
  /** The first of the main shopper's orders (newest first) that `predicate` accepts. */
  findOrder(description: string, predicate: (order: MockOrderSummary) => boolean): Promise<MockOrderSummary>;
  order(orderId: string): Promise<MockOrderSummary>;
  /** The order detail as the main shopper reads it (`GET /api/oms/user/orders/{id}` with the session cookie). */
  shopperDetail(orderId: string): Promise<WireOrderDetail>;
  approve(orderId: string): Promise<void>;
  deny(orderId: string, denyReason: string): Promise<void>;
}

/** `shopperToken`: the main shopper's session cookie value, for reading orders as the shopper. */
export function sellerFor(origin: string, shopperToken: string): Seller {
  const headers = {
    'X-VTEX-API-AppKey': SELLER_APP_KEY,
    'X-VTEX-API-AppToken': SELLER_APP_TOKEN,
    Accept: 'application/json',
  };
  const send = async (path: string, method = 'GET', body?: unknown): Promise<Response> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const pvt = (orderId: string): string => `/api/oms/pvt/orders/${encodeURIComponent(orderId)}`;
  const seller: Seller = {
    orders: async () => ((await (await send('/_mock/orders')).json()) as { orders: MockOrderSummary[] }).orders,
    async findOrder(description, predicate) {
      const found = (await seller.orders()).find((order) => order.shopper === 'main' && predicate(order));
      if (!found) throw new Error(`The mock has no order of the main shopper that is ${description}`);
      return found;
    },
    async order(orderId) {
      const found = (await seller.orders()).find((order) => order.orderId === orderId);
      if (!found) throw new Error(`The mock has no order ${orderId}`);
      return found;
    },
    async shopperDetail(orderId) {
      const headers = { Accept: 'application/json', Cookie: `${SESSION_COOKIE}=${shopperToken}` };
      const response = await fetch(`${origin}/api/oms/user/orders/${encodeURIComponent(orderId)}`, { headers });
      if (!response.ok) throw new Error(`GET order ${orderId} as the shopper: ${response.status}`);
      return (await response.json()) as WireOrderDetail;
    },
    async approve(orderId) {
      await send(`${pvt(orderId)}/cancel`, 'POST', { reason: 'Approved by the store', requestedByUser: true });
    },
    async deny(orderId, denyReason) {
      const pending = (await seller.order(orderId)).pendingCancellationRequest;
      if (!pending) throw new Error(`Order ${orderId} has no pending cancellation request to deny`);
      await send(`${pvt(orderId)}/deny-cancellation-request`, 'POST', {
        cancellationRequestId: pending.id,
        denyReason,
      });
    },
  };
  return seller;
}
