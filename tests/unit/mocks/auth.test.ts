/**
 * Sessions and credentials: shoppers by cookie only, another shopper's order looks exactly
 * like a missing one, sellers by app key and token; never Set-Cookie; always a Date header.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { SELLER_APP_KEY, SESSION_COOKIE } from '../../../mocks/index.ts';
import { findOrder, ORIGIN, startMock } from './helpers.ts';

const mock = startMock();
const main = mock.shopper('main');
const anonymous = mock.shopper(null);
const seller = mock.seller;

beforeEach(() => mock.backend.reset());

async function secondShoppersOrder(): Promise<string> {
  return (await findOrder(seller, (o) => o.shopper === 'second' && o.status === 'window-to-cancel')).orderId;
}

describe('shopper session', () => {
  test('no cookie: 401 with a VTEX error body on list, detail and cancel', async () => {
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main');
    for (const response of [
      await anonymous.list(),
      await anonymous.detail(orderId),
      await anonymous.cancel(orderId, { reason: 'x' }),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: expect.any(String), message: expect.any(String), exception: null },
      });
    }
    expect((await main.detailJson(orderId)).status).not.toBe('canceled');
  });

  test('an unknown session token is 401 too', async () => {
    const response = await fetch(`${ORIGIN}/api/oms/user/orders`, {
      headers: { cookie: `${SESSION_COOKIE}=forged-token` },
    });
    expect(response.status).toBe(401);
  });

  test("another shopper's order is 404 with VTEX's body, identical to a missing order's, leaking nothing", async () => {
    const orderId = await secondShoppersOrder();
    const theirs = await main.detail(orderId);
    const missing = await main.detail('9999999999999-01');
    expect(theirs.status).toBe(404);
    const text = await theirs.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'OMS007', message: 'Order Not Found', exception: null } });
    expect(text).toBe(await missing.text());
    const second = mock.backend.shoppers.second;
    for (const secret of [orderId, second.name, second.email]) expect(text).not.toContain(secret);
  });

  test("a cancel request on another shopper's order is 404 and changes nothing", async () => {
    const orderId = await secondShoppersOrder();
    const response = await main.cancel(orderId, { reason: 'Not mine' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'OMS007', message: 'Order Not Found', exception: null } });
    const theirs = await mock.shopper('second').detailJson(orderId);
    expect(theirs.status).toBe('window-to-cancel');
    expect(theirs.cancellationRequests).toBeNull();
  });

  test("each shopper's list holds only their own orders; the empty shopper has none", async () => {
    const summaries = await seller.orders();
    const mainIds = new Set((await main.listAll()).map((row) => row.orderId));
    const secondIds = new Set((await mock.shopper('second').listAll()).map((row) => row.orderId));
    expect([...secondIds].every((id) => summaries.find((o) => o.orderId === id)?.shopper === 'second')).toBe(true);
    expect([...mainIds].some((id) => secondIds.has(id))).toBe(false);
    expect(secondIds.size).toBeGreaterThanOrEqual(3);
    expect(await mock.shopper('empty').listJson()).toMatchObject({ list: [], paging: { total: 0 } });
  });
});

describe('seller credentials', () => {
  const withoutKeys = mock.sellerWith({});
  const wrongToken = mock.sellerWith({ 'X-VTEX-API-AppKey': SELLER_APP_KEY, 'X-VTEX-API-AppToken': 'wrong' });

  test.each([
    ['no keys', withoutKeys],
    ['a wrong token', wrongToken],
  ])('with %s every seller and control endpoint is 401 with an error body', async (_case, client) => {
    const orderId = await secondShoppersOrder();
    const responses = [
      await client.cancel(orderId, { reason: 'x' }),
      await client.deny(orderId, { cancellationRequestId: 'x', denyReason: 'x' }),
      await client.startHandling(orderId),
      await client.invoice(orderId, {}),
      await client.tracking(orderId, 'x', {}),
      await client.placeOrder(),
      await client.fetch('/_mock/orders'),
      await client.fetch('/_mock/state'),
      await client.settings({ gracePeriodMinutes: 1 }),
      await client.advanceClock(1000),
      await client.setFault('list', { kind: 'network-error' }),
      await client.clearFaults(),
      await client.reset(),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: '1', message: expect.any(String), exception: null } });
    }
    expect((await mock.shopper('second').detailJson(orderId)).status).toBe('window-to-cancel');
    expect(mock.backend.clock.now()).toBe(Date.UTC(2026, 5, 15, 12));
  });
});

describe('headers on every response', () => {
  test('never Set-Cookie, always a Date header from the mock clock (errors included)', async () => {
    const orderId = await secondShoppersOrder();
    const collect = async (): Promise<Response[]> => [
      await main.list(),
      await main.detail(orderId),
      await main.cancel(orderId, { reason: 'x' }),
      await anonymous.list(),
      await main.cancel('nope', '{'),
      await seller.startHandling(orderId),
      await mock.sellerWith({}).fetch('/_mock/state'),
      await seller.fetch('/_mock/state'),
    ];
    for (const response of await collect()) {
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('date')).toBe('Mon, 15 Jun 2026 12:00:00 GMT');
    }
    await seller.advanceClock(90_000);
    for (const response of await collect()) expect(response.headers.get('date')).toBe('Mon, 15 Jun 2026 12:01:30 GMT');
  });
});
