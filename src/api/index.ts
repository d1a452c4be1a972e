/** The wire: the orders client, its page type and its typed errors. */
export { createOrdersClient, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './client.ts';
export type { CallOptions, OrdersClient, OrdersClientOptions, RetryPolicy } from './client.ts';
export type { ListOrdersParams } from './list-query.ts';
export { MAX_PER_PAGE } from './list-query.ts';
export type { OrderPage, Paging } from './order-page.ts';
export { OrdersApiError, isOrdersApiError, isTransientError } from './errors.ts';
export type { OrdersApiErrorCode } from './errors.ts';
