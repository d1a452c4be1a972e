/**
 * The same seed and the same frozen clock give byte-identical responses (and the same ids
 * for the same actions); a different seed gives a different store.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createMockBackend, type MockBackend } from '../../../mocks/index.ts';
import { startMock } from './helpers.ts';

const mock = startMock();

afterEach(() => {
  mock.server.resetHandlers();
  mock.backend.reset();
});

/** Serves `backend` instead of the harness's own until the handlers are reset. */
function serve(backend: MockBackend): void {
  mock.server.use(...backend.handlers);
}

/** Every list page and every detail body of both shoppers, as text. */
async function snapshot(): Promise<string[]> {
  const bodies: string[] = [];
  for (const name of ['main', 'second'] as const) {
    const shopper = mock.shopper(name);
    bodies.push(await (await shopper.list()).text(), await (await shopper.list({ page: 2, per_page: 7 })).text());
    for (const row of await shopper.listAll()) bodies.push(await (await shopper.detail(row.orderId)).text());
  }
  return bodies;
}

/** A fixed script of writes; returns every response body. */
async function script(): Promise<string[]> {
  const seller = mock.seller;
  const placed = (await (await seller.placeOrder({ currency: 'USD' })).json()) as { orderId: string };
  const handling = (await seller.orders()).find(
    (o) => o.shopper === 'main' && o.status === 'handling' && o.invoicedValue === 0 && !o.pendingCancellationRequest,
  );
  await seller.advanceClock(6000);
  return [
    JSON.stringify(placed),
    await (await mock.shopper('main').cancel(placed.orderId, { reason: 'Script' })).text(),
    await (await mock.shopper('main').cancel(handling?.orderId ?? '', { reason: 'Script' })).text(),
    await (await seller.cancel(handling?.orderId ?? '', { reason: 'Approve' })).text(),
    await (await mock.shopper('main').detail(placed.orderId)).text(),
    await (await mock.shopper('main').detail(handling?.orderId ?? '')).text(),
  ];
}

describe('determinism', () => {
  test('two backends with the same seed and clock answer byte for byte the same', async () => {
    const first = await snapshot();
    serve(createMockBackend());
    const second = await snapshot();
    expect(first.length).toBeGreaterThan(60);
    expect(second).toEqual(first);
  });

  test('the same writes on the same seed mint the same ids and receipts', async () => {
    const first = await script();
    serve(createMockBackend());
    const second = await script();
    expect(second).toEqual(first);
    expect(first[1]).toContain('cancellationRequestId');
  });

  test('reset(seed) gives the same store as a new backend with that seed', async () => {
    mock.backend.reset(7);
    const reset = await snapshot();
    serve(createMockBackend({ seed: 7 }));
    expect(await snapshot()).toEqual(reset);
  });

  test('a different seed gives different orders', async () => {
    const one = await mock.shopper('main').listAll();
    serve(createMockBackend({ seed: 2 }));
    const two = await mock.shopper('main').listAll();
    expect(two.length).toBe(one.length);
    expect(two.map((row) => row.orderId)).not.toEqual(one.map((row) => row.orderId));
    const oneIds = new Set(one.map((row) => row.orderId));
    expect(two.filter((row) => oneIds.has(row.orderId))).toEqual([]);
  });
});
