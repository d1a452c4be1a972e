/** The wire: the transport, the endpoints over it, the list's page type and the typed errors. */

export type { OrdersApiErrorCode } from './errors.ts';
export { isOrdersApiError, isTransientError, OrdersApiError } from './errors.ts';
export type { ListOrdersParams } from './list-query.ts';
export { MAX_PER_PAGE } from './list-query.ts';
export type { OrderApi } from './order-endpoints.ts';
export type { OrderPage, Paging } from './order-page.ts';
export type { ListApi } from './orders-list.ts';
export { listApiOver, listOrders } from './orders-list.ts';
export type { CallOptions, RetryPolicy, Transport, TransportOptions, WireControl } from './transport.ts';
export { createTransport, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './transport.ts';
