/**
 * Renders the demo's seller console against the mock backend over msw/node, and reads the
 * mock back over HTTP (as the seller, or as the order's shopper) to check what the console did.
 * Import it once per test file: it owns that file's MSW server and cleans up after each test.
 */

import { waitFor, within } from '@testing-library/dom';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { MockState } from '../../demo/seller-api.ts';
import {
  type SellerConsoleHandle,
  type SellerConsoleOptions,
  startSellerConsole,
} from '../../demo/seller-console/mount-console.tsx';
import {
  createMockBackend,
  type MockOrderSummary,
  SELLER_APP_KEY,
  SELLER_APP_TOKEN,
  SESSION_COOKIE,
} from '../../mocks/index.ts';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';

export const SELLER_HEADERS = { 'X-VTEX-API-AppKey': SELLER_APP_KEY, 'X-VTEX-API-AppToken': SELLER_APP_TOKEN };

export function useSellerConsole() {
  const backend = createMockBackend({ seed: 1, writeLagMs: 0 });
  const server = setupServer(...backend.handlers);
  const started: Array<{ host: HTMLElement; handle: SellerConsoleHandle }> = [];

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    for (const { host, handle } of started.splice(0)) {
      handle.destroy();
      host.remove();
    }
    signIn(null);
    server.resetHandlers();
    backend.reset(1);
  });
  afterAll(() => server.close());

  function signIn(shopper: 'main' | 'second' | null): void {
    document.cookie =
      shopper === null
        ? `${SESSION_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`
        : `${SESSION_COOKIE}=${backend.shoppers[shopper].sessionToken}; path=/`;
  }

  /** Mounts the console (no background refresh unless asked) and waits for its first read. */
  async function renderConsole(options: SellerConsoleOptions = {}) {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = startSellerConsole(host, { refreshMs: 60_000, ...options });
    started.push({ host, handle });
    await handle.ready;
    const view = within(host);
    return { host, handle, view, liveRegion: view.getByRole('status') };
  }

  async function sellerJson<T>(path: string): Promise<T> {
    const response = await fetch(path, { headers: SELLER_HEADERS });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  const mockOrders = async (): Promise<MockOrderSummary[]> =>
    (await sellerJson<{ orders: MockOrderSummary[] }>('/_mock/orders')).orders;
  const mockState = (): Promise<MockState> => sellerJson<MockState>('/_mock/state');

  async function findOrder(test: (order: MockOrderSummary) => boolean): Promise<MockOrderSummary> {
    const order = (await mockOrders()).find(test);
    if (!order) throw new Error('the seed has no such order');
    return order;
  }

  /** The order as its shopper sees it (the widget's endpoint), read over HTTP. */
  async function shopperDetail(order: Pick<MockOrderSummary, 'orderId' | 'shopper'>): Promise<WireOrderDetail> {
    signIn(order.shopper === 'second' ? 'second' : 'main');
    const response = await fetch(`/api/oms/user/orders/${order.orderId}`);
    if (!response.ok) throw new Error(`detail ${order.orderId}: HTTP ${response.status}`);
    return (await response.json()) as WireOrderDetail;
  }

  /** Waits until the live region announces something matching `pattern`. */
  async function announced(liveRegion: HTMLElement, pattern: RegExp): Promise<string> {
    await waitFor(() => {
      if (!pattern.test(liveRegion.textContent ?? '')) throw new Error(`live region says "${liveRegion.textContent}"`);
    });
    return liveRegion.textContent ?? '';
  }

  return { backend, server, signIn, renderConsole, mockOrders, mockState, findOrder, shopperDetail, announced };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
