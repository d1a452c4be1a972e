/** The wire: the transport, the endpoints over it, the orders client, its page type and its typed errors. */
export { createOrdersClient } from './client.ts';
export type { ListApi, OrderApi, OrdersClient, OrdersClientOptions } from './client.ts';
export { createTransport, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './transport.ts';
export type { CallOptions, RetryPolicy, Transport, TransportOptions, WireControl } from './transport.ts';
export { listOrders } from './orders-list.ts';
export type { ListOrdersParams } from './list-query.ts';
export { MAX_PER_PAGE } from './list-query.ts';
export type { OrderPage, Paging } from './order-page.ts';
export { OrdersApiError, isOrdersApiError, isTransientError } from './errors.ts';
export type { OrdersApiErrorCode } from './errors.ts';
