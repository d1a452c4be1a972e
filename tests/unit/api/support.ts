/**
 * Shared pieces of the API tests: VTEX's own example responses (from the contract vendored in
 * tests/contract/vtex/), an MSW server with narrow per-test handlers, and every endpoint
 * over one transport, composed as the widget composes them.
 */
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ListApi, OrderApi, TransportOptions, WireControl } from '../../../src/api/index.ts';
import { createTransport, listApiOver } from '../../../src/api/index.ts';
import { orderApiOver } from '../../../src/api/order-endpoints.ts';

export type OrdersClient = ListApi & OrderApi & WireControl;

/** The list's and the order's endpoints over one transport (the session and the order part each take theirs). */
export function createOrdersClient(options: TransportOptions = {}): OrdersClient {
  const wire = createTransport(options);
  return { ...listApiOver(wire), ...orderApiOver(wire), abort: () => wire.abort(), dispose: () => wire.dispose() };
}

export const API_BASE = 'http://store.test/';
export const LIST_URL = '*/api/oms/user/orders';
export const DETAIL_URL = '*/api/oms/user/orders/:orderId';
export const CANCEL_URL = '*/api/checkout/pub/orders/:orderId/user-cancel-request';

type JsonObject = Record<string, unknown>;

interface OpenApi {
  paths: Record<
    string,
    { get: { responses: { '200': { content: { 'application/json': { example: JsonObject } } } } } }
  >;
}

const spec = JSON.parse(
  readFileSync(new URL('../../contract/vtex/orders-api.subset.json', import.meta.url), 'utf8'),
) as OpenApi;

function example(path: string): JsonObject {
  const found = spec.paths[path]?.get.responses['200'].content['application/json'].example;
  if (!found) throw new Error(`no VTEX example for ${path}`);
  // A fresh deep copy per call, so a test can bend it without touching the others.
  return structuredClone(found);
}

/** VTEX's example for `GET /api/oms/user/orders` (10 rows; paging says total 19, pages 10, perPage 2). */
export const vtexListExample = () => example('/api/oms/user/orders');
/** VTEX's example for `GET /api/oms/user/orders/{orderId}` (order 1172452900788-01). */
export const vtexDetailExample = () => example('/api/oms/user/orders/{orderId}');

/** One MSW server per test file; unhandled requests fail the test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client with tiny backoff so retry tests stay fast; its requests abort after each test. */
export function useClient(overrides: TransportOptions = {}): () => OrdersClient {
  let client: OrdersClient | null = null;
  afterEach(() => {
    client?.dispose();
    client = null;
  });
  return () => {
    client ??= createOrdersClient({
      apiBase: API_BASE,
      timeoutMs: 2_000,
      retry: { baseDelayMs: 1, backoffLimitMs: 5 },
      ...overrides,
    });
    return client;
  };
}

/** Catches the rejection of a promise so tests can assert on the error object. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
