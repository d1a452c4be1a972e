/** The order list endpoint: one page of the shopper's orders. */
import type { ListOrdersParams } from './list-query.ts';
import { listSearchParams, normalisePaging } from './list-query.ts';
import { type OrderPage, toOrderPage } from './order-page.ts';
import type { CallOptions, Transport } from './transport.ts';

export const LIST_PATH = 'api/oms/user/orders';

/** The list as the model reads it. */
export interface ListApi {
  listOrders(params: ListOrdersParams, options?: CallOptions): Promise<OrderPage>;
  /** The store's clock, in epoch ms (transport.ts). */
  serverNow(): number;
}

export function listOrders(wire: Transport, params: ListOrdersParams, call?: CallOptions): Promise<OrderPage> {
  const { page, perPage } = normalisePaging(params);
  const query = listSearchParams(params).toString();
  return wire
    .getJson(query ? `${LIST_PATH}?${query}` : LIST_PATH, call)
    .then((json) => toOrderPage(json, page, perPage, params));
}

export function listApiOver(wire: Transport): ListApi {
  return { listOrders: (params, call) => listOrders(wire, params, call), serverNow: () => wire.serverNow() };
}
