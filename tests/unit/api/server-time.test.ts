import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createOrdersClient, DETAIL_URL, rejectionOf, useClient, useMswServer } from './support.ts';

const server = useMswServer();
const client = useClient();

const DEVICE_NOW = Date.parse('2026-06-15T11:50:00Z');

beforeEach(() => {
  // Only Date is faked: the device clock reads 11:50 while the store says 12:00.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DEVICE_NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

const order = (status = 200, date = 'Mon, 15 Jun 2026 12:00:00 GMT') =>
  server.use(
    http.get(DETAIL_URL, () =>
      status === 200
        ? HttpResponse.json({ orderId: '1-01', status: 'handling' }, { headers: { Date: date } })
        : new HttpResponse(null, { status, headers: { Date: date } }),
    ),
  );

describe('serverNow()', () => {
  test('follows the device clock until the store has answered', () => {
    expect(client().serverNow()).toBe(DEVICE_NOW);
  });

  test("estimates the skew from the response's Date header, and keeps it as time passes", async () => {
    order();
    await client().getOrder('1-01');
    expect(client().serverNow()).toBe(Date.parse('2026-06-15T12:00:00Z'));

    vi.setSystemTime(DEVICE_NOW + 60_000);
    expect(client().serverNow()).toBe(Date.parse('2026-06-15T12:01:00Z'));
  });

  test('error responses carry the store clock too', async () => {
    order(401, 'Mon, 15 Jun 2026 11:40:00 GMT');
    await rejectionOf(client().getOrder('1-01'));
    expect(client().serverNow()).toBe(Date.parse('2026-06-15T11:40:00Z'));
  });

  test('an unreadable Date header is ignored', async () => {
    order(200, 'yesterday-ish');
    await client().getOrder('1-01');
    expect(client().serverNow()).toBe(DEVICE_NOW);
  });

  test('each client keeps its own clock', async () => {
    order();
    const other = createOrdersClient({ apiBase: 'http://store.test/' });
    await client().getOrder('1-01');
    expect(other.serverNow()).toBe(DEVICE_NOW);
    other.dispose();
  });
});
