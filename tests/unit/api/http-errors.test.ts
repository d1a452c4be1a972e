import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isOrdersApiError, isTransientError } from '../../../src/api/index.ts';
import { DETAIL_URL, LIST_URL, rejectionOf, useClient, useMswServer, vtexListExample } from './support.ts';

const server = useMswServer();
const client = useClient();

const vtexError = (code: string, message: string, status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code, message, exception: null } }, { status, headers });

/** Serves the given responses in turn, counting requests. */
function sequence(url: string, ...responses: Array<() => Response>) {
  const seen = { count: 0 };
  server.use(
    http.get(url, () => {
      const respond = responses[Math.min(seen.count, responses.length - 1)];
      seen.count += 1;
      return respond ? respond() : HttpResponse.error();
    }),
  );
  return seen;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('HTTP status -> error code', () => {
  test.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [409, 'conflict'],
    [422, 'bad-request'],
  ] as const)('%i -> %s, not retried', async (status, code) => {
    const seen = sequence(DETAIL_URL, () => new HttpResponse(null, { status }));
    const error = await rejectionOf(client().getOrder('1-01'));

    expect(isOrdersApiError(error, code)).toBe(true);
    expect(error).toMatchObject({ code, status });
    expect(seen.count).toBe(1);
  });

  test('404 with a VTEX error body: not found, not transient', async () => {
    sequence(DETAIL_URL, () => vtexError('OMS007', 'Order Not Found', 404));
    const error = await rejectionOf(client().getOrder('1-01'));

    expect(error).toMatchObject({ code: 'not-found', status: 404 });
    expect(isTransientError(error)).toBe(false);
  });

  test('a plain-text error body: the status decides', async () => {
    sequence(
      DETAIL_URL,
      () => new HttpResponse('Order is locked', { status: 409, headers: { 'content-type': 'text/plain' } }),
    );
    expect(await rejectionOf(client().getOrder('1-01'))).toMatchObject({ code: 'conflict', status: 409 });
  });

  test('502 with an HTML page from a proxy: server error, the HTML is never kept', async () => {
    const html = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><script>x()</script></body></html>';
    const seen = sequence(LIST_URL, () => HttpResponse.html(html, { status: 502 }));
    const error = await rejectionOf(client().listOrders({ page: 1, perPage: 15 }));

    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(JSON.stringify(error)).not.toContain('<');
    expect(seen.count).toBe(3);
  });
});

describe('retries (GET only)', () => {
  test('500 is retried twice, then fails as a server error', async () => {
    const seen = sequence(LIST_URL, () => vtexError('OMS000', 'Internal', 500));
    const error = await rejectionOf(client().listOrders({ page: 1, perPage: 15 }));

    expect(error).toMatchObject({ code: 'server', status: 500 });
    expect(isTransientError(error)).toBe(true);
    expect(seen.count).toBe(3);
  });

  test('503 then 200: the shopper never sees the hiccup', async () => {
    const seen = sequence(
      LIST_URL,
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json(vtexListExample()),
    );
    const page = await client().listOrders({ page: 1, perPage: 15 });

    expect(page.summaries).toHaveLength(10);
    expect(seen.count).toBe(2);
  });

  test('429 waits for Retry-After before retrying', async () => {
    vi.useFakeTimers();
    const seen = sequence(
      LIST_URL,
      () => vtexError('RATE', 'Too many requests', 429, { 'Retry-After': '3' }),
      () => HttpResponse.json(vtexListExample()),
    );
    const result = client().listOrders({ page: 1, perPage: 15 });

    await vi.advanceTimersByTimeAsync(2_900);
    expect(seen.count).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen.count).toBe(2);
    expect((await result).summaries).toHaveLength(10);
  });

  test('429 with a long Retry-After is not waited for: rate-limited, with the seconds to wait', async () => {
    const seen = sequence(LIST_URL, () => vtexError('RATE', 'Too many requests', 429, { 'Retry-After': '120' }));
    const error = await rejectionOf(client().listOrders({ page: 1, perPage: 15 }));

    expect(error).toMatchObject({ code: 'rate-limited', status: 429, retryAfterSeconds: 120 });
    expect(seen.count).toBe(1);
  });

  test('an HTTP-date Retry-After is measured against the server Date, not the device clock', async () => {
    sequence(
      LIST_URL,
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { Date: 'Mon, 15 Jun 2026 12:00:00 GMT', 'Retry-After': 'Mon, 15 Jun 2026 12:05:00 GMT' },
        }),
    );
    expect(await rejectionOf(client().listOrders({ page: 1, perPage: 15 }))).toMatchObject({
      code: 'rate-limited',
      retryAfterSeconds: 300,
    });
  });

  test('429 without Retry-After is retried with backoff, then surfaces', async () => {
    const seen = sequence(LIST_URL, () => new HttpResponse(null, { status: 429 }));
    const error = await rejectionOf(client().listOrders({ page: 1, perPage: 15 }));

    expect(error).toMatchObject({ code: 'rate-limited' });
    expect(error).not.toHaveProperty('retryAfterSeconds');
    expect(seen.count).toBe(3);
  });
});
