/**
 * Faults switched on at run time per endpoint (over HTTP and through `backend.faults`):
 * each kind does what it says, `times` switches itself off, and apply-then-drop applies.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findOrder, startMock } from './helpers.ts';

const mock = startMock();
const main = mock.shopper('main');
const seller = mock.seller;

beforeEach(() => mock.backend.reset());
afterEach(() => {
  vi.useRealTimers();
});

async function windowOrder(): Promise<string> {
  return (await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel')).orderId;
}

/** Lets pending I/O callbacks and promise jobs run, so a settled fetch would have settled. */
async function flush(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

function track<T>(promise: Promise<T>): { settled: () => boolean; promise: Promise<T> } {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  return { settled: () => done, promise };
}

describe('error statuses', () => {
  test('429 carries Retry-After and a VTEX error body', async () => {
    await seller.setFault('list', { kind: 'status', status: 429, retryAfterSeconds: 7 });
    const response = await main.list();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({
      error: { code: expect.any(String), message: 'Too Many Requests', exception: null },
    });
  });

  test('502 is an HTML page, like a proxy sends', async () => {
    await seller.setFault('detail', { kind: 'status', status: 502 });
    const response = await main.detail('anything');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
    expect(response.headers.get('date')).toBe('Mon, 15 Jun 2026 12:00:00 GMT');
  });

  test.each([403, 404, 409, 500, 503] as const)('%i answers with that status and a JSON error body', async (status) => {
    await seller.setFault('list', { kind: 'status', status });
    const response = await main.list();
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({
      error: { code: expect.any(String), message: expect.any(String), exception: null },
    });
  });
});

describe('broken transports and bodies', () => {
  test('network-error makes fetch reject', async () => {
    await seller.setFault('list', { kind: 'network-error' });
    await expect(main.list()).rejects.toThrow(TypeError);
  });

  test('hang never answers until the request is aborted', async () => {
    await seller.setFault('detail', { kind: 'hang' });
    const controller = new AbortController();
    const pending = track(main.fetch('/api/oms/user/orders/anything', { signal: controller.signal }));
    await flush();
    expect(pending.settled()).toBe(false);
    controller.abort();
    await expect(pending.promise).rejects.toThrow(/abort/i);
  });

  test('malformed-json is a 200 application/json with truncated text', async () => {
    await seller.setFault('list', { kind: 'malformed-json' });
    const response = await main.list();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  test('empty-body is a 200 with no body', async () => {
    await seller.setFault('detail', { kind: 'empty-body' });
    const response = await main.detail(await windowOrder());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('wrong-shape is a 200 with JSON of the wrong shape', async () => {
    await seller.setFault('list', { kind: 'wrong-shape' });
    const response = await main.list();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ orders: 'nope' });
  });

  test('latency delays the real answer by the given time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mock.backend.faults.set('list', { kind: 'latency', ms: 5000 });
    const pending = track(main.list());
    await vi.advanceTimersByTimeAsync(4999);
    await flush();
    expect(pending.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const response = await pending.promise;
    expect(response.status).toBe(200);
    expect((await response.json()).paging.total).toBe(60);
  });
});

describe('apply-then-drop', () => {
  test('the cancel is applied although the shopper never gets the answer', async () => {
    const orderId = await windowOrder();
    await seller.setFault('user-cancel-request', { kind: 'apply-then-drop' });
    await expect(main.cancel(orderId, { reason: 'Lost answer' })).rejects.toThrow(TypeError);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('canceled');
    expect(detail.cancelReason).toBe('Lost answer');
  });

  test('apply-then-status: applied, then a 502 page or a 500 anyway', async () => {
    const orderId = await windowOrder();
    await seller.setFault('user-cancel-request', { kind: 'apply-then-status', status: 502 });
    const response = await main.cancel(orderId, { reason: 'Applied, then 502' });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect((await main.detailJson(orderId)).status).toBe('canceled');
  });

  test('apply-then-hang: applied, and the answer never comes until the client gives up', async () => {
    const orderId = await windowOrder();
    await seller.setFault('user-cancel-request', { kind: 'apply-then-hang' });
    const gaveUp = new AbortController();
    const pending = main.fetch(`/api/checkout/pub/orders/${orderId}/user-cancel-request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Applied, then hung' }),
      signal: gaveUp.signal,
    });
    const settled = pending.then(
      () => 'answered',
      () => 'gave up',
    );
    await expect.poll(async () => (await main.detailJson(orderId)).status).toBe('canceled');
    gaveUp.abort();
    expect(await settled).toBe('gave up');
  });

  test('a seller action is applied too', async () => {
    const { orderId } = await findOrder(seller, (o) => o.status === 'ready-for-handling');
    mock.backend.faults.set('start-handling', { kind: 'apply-then-drop' });
    await expect(seller.startHandling(orderId)).rejects.toThrow(TypeError);
    expect((await findOrder(seller, (o) => o.orderId === orderId)).status).toBe('handling');
  });
});

describe('switching faults', () => {
  test('`times` switches a fault off after that many hits', async () => {
    await seller.setFault('list', { kind: 'status', status: 500 }, 2);
    expect((await main.list()).status).toBe(500);
    expect((await seller.fetch('/_mock/state').then((r) => r.json())).faults).toEqual({
      list: { fault: { kind: 'status', status: 500 }, times: 1 },
    });
    expect((await main.list()).status).toBe(500);
    expect((await main.list()).status).toBe(200);
    expect((await seller.fetch('/_mock/state').then((r) => r.json())).faults).toEqual({});
  });

  test('a fault hits only its endpoint, and DELETE clears one or all', async () => {
    await seller.setFault('list', { kind: 'status', status: 503 });
    await seller.setFault('detail', { kind: 'status', status: 500 });
    const orderId = await windowOrder();
    expect((await main.cancel(orderId, { reason: 'Still works' })).status).toBe(200);

    expect((await seller.clearFaults('list')).status).toBe(204);
    expect((await main.list()).status).toBe(200);
    expect((await main.detail(orderId)).status).toBe(500);
    expect((await seller.clearFaults()).status).toBe(204);
    expect((await main.detail(orderId)).status).toBe(200);
  });

  test('unknown endpoints and faults are refused with 400', async () => {
    expect(
      (await seller.fetch('/_mock/faults/nope', { method: 'PUT', body: JSON.stringify({ fault: { kind: 'hang' } }) }))
        .status,
    ).toBe(400);
    expect(
      (
        await seller.fetch('/_mock/faults/list', {
          method: 'PUT',
          body: JSON.stringify({ fault: { kind: 'explode' } }),
        })
      ).status,
    ).toBe(400);
    expect((await seller.setFault('list', { kind: 'hang' }, 0)).status).toBe(400);
  });

  test('reset clears faults; every handled request is recorded', async () => {
    await seller.setFault('list', { kind: 'network-error' });
    mock.backend.reset();
    expect((await main.list()).status).toBe(200);
    const orderId = await windowOrder();
    await main.detail(orderId);
    expect(mock.backend.requests.map((r) => [r.endpoint, r.method, r.orderId])).toEqual([
      ['list', 'GET', undefined],
      ['control', 'GET', undefined],
      ['detail', 'GET', orderId],
    ]);
    expect(mock.backend.requests[2]).toMatchObject({
      url: expect.stringContaining(`/api/oms/user/orders/${orderId}`),
      at: mock.backend.clock.now(),
    });
  });
});
