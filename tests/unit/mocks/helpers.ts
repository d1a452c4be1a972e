/**
 * Talking to the mock backend over HTTP (msw/node + fetch with absolute URLs), for the mock's
 * own tests and the contract/property tests. `startMock()` starts listening at once and
 * closes in `afterAll`; call it once per test file, at the top level.
 */

import type { SetupServer } from 'msw/node';
import { afterAll } from 'vitest';
import {
  type MockBackend,
  type MockBackendOptions,
  type MockEndpoint,
  type MockFault,
  type MockOrderSummary,
  type MockShoppers,
  SELLER_APP_KEY,
  SELLER_APP_TOKEN,
  SESSION_COOKIE,
} from '../../../mocks/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import type { WireOrderDetail, WireOrderList, WireOrderListItem } from '../../../src/contract/vtex-orders.ts';

export const ORIGIN = 'http://store.test';

export type ShopperName = keyof MockShoppers;
export type Query = string | Record<string, string | number | ReadonlyArray<string>>;

export interface ShopperClient {
  /** `GET /api/oms/user/orders`; arrays repeat the parameter (`status`). */
  list(query?: Query): Promise<Response>;
  detail(orderId: string): Promise<Response>;
  /** `POST .../user-cancel-request`; a string body is sent as is (for invalid JSON). */
  cancel(orderId: string, body?: unknown): Promise<Response>;
  /** The parsed 200 body of `list` (throws on any other status). */
  listJson(query?: Query): Promise<WireOrderList>;
  /** Every row of every page (per_page 100). */
  listAll(query?: Record<string, string | ReadonlyArray<string>>): Promise<WireOrderListItem[]>;
  /** The parsed 200 body of `detail` (throws on any other status). */
  detailJson(orderId: string): Promise<WireOrderDetail>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface SellerClient {
  cancel(orderId: string, body?: unknown): Promise<Response>;
  deny(orderId: string, body?: unknown): Promise<Response>;
  startHandling(orderId: string): Promise<Response>;
  invoice(orderId: string, body: unknown): Promise<Response>;
  tracking(orderId: string, invoiceNumber: string, body: unknown): Promise<Response>;
  placeOrder(body?: { shopper?: 'main' | 'second'; currency?: 'BRL' | 'USD' | 'EUR' }): Promise<Response>;
  /** `GET /_mock/orders`: every order of every shopper, newest first. */
  orders(): Promise<MockOrderSummary[]>;
  settings(body: { gracePeriodMinutes?: number; writeLagMs?: number }): Promise<Response>;
  advanceClock(ms: number): Promise<Response>;
  setClock(at: number | string): Promise<Response>;
  setFault(endpoint: MockEndpoint, fault: MockFault, times?: number): Promise<Response>;
  clearFaults(endpoint?: MockEndpoint): Promise<Response>;
  reset(seed?: number): Promise<Response>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface MockHarness {
  backend: MockBackend;
  server: SetupServer;
  /** A shopper's client; `null` sends no session cookie. */
  shopper(name: ShopperName | null): ShopperClient;
  /** The seller with the right app key and token. */
  seller: SellerClient;
  /** A seller client sending these headers instead of the right ones. */
  sellerWith(headers: Record<string, string>): SellerClient;
}

function queryString(query: Query | undefined): string {
  if (query === undefined) return '';
  if (typeof query === 'string') return query.startsWith('?') || query === '' ? query : `?${query}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  return `?${params.toString()}`;
}

function jsonInit(method: string, body: unknown, headers: Record<string, string>): RequestInit {
  if (body === undefined) return { method, headers };
  return {
    method,
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

async function okJson<T>(response: Response): Promise<T> {
  if (response.status !== 200)
    throw new Error(`Expected 200 from ${response.url}, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `fetch(ORIGIN + path)` with the client's headers under the call's own. */
function sender(headers: Record<string, string>): (path: string, init?: RequestInit) => Promise<Response> {
  return (path, init = {}) => {
    const merged = new Headers({ Accept: 'application/json', ...headers });
    for (const [name, value] of new Headers(init.headers)) merged.set(name, value);
    return fetch(`${ORIGIN}${path}`, { ...init, headers: merged });
  };
}

function shopperClient(headers: Record<string, string>): ShopperClient {
  const send = sender(headers);
  const client: ShopperClient = {
    list: (query) => send(`/api/oms/user/orders${queryString(query)}`),
    detail: (orderId) => send(`/api/oms/user/orders/${encodeURIComponent(orderId)}`),
    cancel: (orderId, body) =>
      send(`/api/checkout/pub/orders/${encodeURIComponent(orderId)}/user-cancel-request`, jsonInit('POST', body, {})),
    listJson: async (query) => okJson<WireOrderList>(await client.list(query)),
    listAll: async (query = {}) => {
      const rows: WireOrderListItem[] = [];
      for (let page = 1; ; page += 1) {
        const body = await client.listJson({ ...query, page: String(page), per_page: '100' });
        rows.push(...body.list);
        if (page >= body.paging.pages) return rows;
      }
    },
    detailJson: async (orderId) => okJson<WireOrderDetail>(await client.detail(orderId)),
    fetch: send,
  };
  return client;
}

function sellerClient(headers: Record<string, string>): SellerClient {
  const send = sender(headers);
  const post = (path: string, body: unknown, method = 'POST'): Promise<Response> =>
    send(path, jsonInit(method, body, {}));
  const pvt = (orderId: string): string => `/api/oms/pvt/orders/${encodeURIComponent(orderId)}`;
  return {
    cancel: (orderId, body) => post(`${pvt(orderId)}/cancel`, body),
    deny: (orderId, body) => post(`${pvt(orderId)}/deny-cancellation-request`, body),
    startHandling: (orderId) => post(`${pvt(orderId)}/start-handling`, undefined),
    invoice: (orderId, body) => post(`${pvt(orderId)}/invoice`, body),
    tracking: (orderId, invoiceNumber, body) =>
      post(`${pvt(orderId)}/invoice/${encodeURIComponent(invoiceNumber)}/tracking`, body, 'PUT'),
    placeOrder: (body = {}) => post('/_mock/orders', body),
    orders: async () => (await okJson<{ orders: MockOrderSummary[] }>(await send('/_mock/orders'))).orders,
    settings: (body) => post('/_mock/settings', body, 'PUT'),
    advanceClock: (ms) => post('/_mock/clock', { advanceMs: ms }),
    setClock: (at) => post('/_mock/clock', { set: at }),
    setFault: (endpoint, fault, times) =>
      post(`/_mock/faults/${endpoint}`, times === undefined ? { fault } : { fault, times }, 'PUT'),
    clearFaults: (endpoint) => send(endpoint ? `/_mock/faults/${endpoint}` : '/_mock/faults', { method: 'DELETE' }),
    reset: (seed) => post('/_mock/reset', seed === undefined ? {} : { seed }),
    fetch: send,
  };
}

export function startMock(options: MockBackendOptions = {}): MockHarness {
  const { backend, server } = createMockServer(options);
  server.listen({ onUnhandledRequest: 'error' });
  afterAll(() => server.close());
  const sellerHeaders = { 'X-VTEX-API-AppKey': SELLER_APP_KEY, 'X-VTEX-API-AppToken': SELLER_APP_TOKEN };
  return {
    backend,
    server,
    shopper: (name) =>
      shopperClient(name === null ? {} : { cookie: `${SESSION_COOKIE}=${backend.shoppers[name].sessionToken}` }),
    seller: sellerClient(sellerHeaders),
    sellerWith: (headers) => sellerClient(headers),
  };
}

/** The first order (newest first) matching `predicate`, from the seller's view of all orders. */
export async function findOrder(
  seller: SellerClient,
  predicate: (order: MockOrderSummary) => boolean,
): Promise<MockOrderSummary> {
  const found = (await seller.orders()).find(predicate);
  if (!found) throw new Error('No order in the mock matches the predicate');
  return found;
}
