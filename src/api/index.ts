/** The wire: the transport, the endpoints over it, the list's page type and the typed errors. */

export type { OrdersApiErrorCode } from './errors.ts';
export { isOrdersApiError, isTransientError, OrdersApiError } from './errors.ts';
export type { OrderApi } from './order-endpoints.ts';
export type { ListApi, ListOrdersParams, OrderPage, Paging } from './orders-list.ts';
export { listApiOver, listOrders, MAX_PER_PAGE } from './orders-list.ts';
export type { CallOptions, RetryPolicy, Transport, TransportOptions, WireControl } from './transport.ts';
export { createTransport, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './transport.ts';
