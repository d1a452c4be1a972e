/** The order list endpoint: one page of the shopper's orders. */
import type { ListOrdersParams } from './list-query.ts';
import { listSearchParams, normalisePaging } from './list-query.ts';
import { toOrderPage, type OrderPage } from './order-page.ts';
import type { CallOptions, Transport } from './transport.ts';

export const LIST_PATH = 'api/oms/user/orders';

export function listOrders(wire: Transport, params: ListOrdersParams, call?: CallOptions): Promise<OrderPage> {
  const { page, perPage } = normalisePaging(params);
  const query = listSearchParams(params).toString();
  return wire.getJson(query ? `${LIST_PATH}?${query}` : LIST_PATH, call).then((json) => toOrderPage(json, page, perPage, params));
}
