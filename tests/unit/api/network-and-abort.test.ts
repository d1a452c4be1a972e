import { delay, HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  API_BASE,
  createOrdersClient,
  DETAIL_URL,
  LIST_URL,
  rejectionOf,
  useClient,
  useMswServer,
  vtexListExample,
} from './support.ts';

const server = useMswServer();
const client = useClient();
const list = (options?: { signal?: AbortSignal }) => client().listOrders({ page: 1, perPage: 15 }, options);

/** A handler that never answers, and a promise that settles when a request reached it. */
function hangingList() {
  let arrived!: () => void;
  const reached = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const seen = { count: 0 };
  server.use(
    http.get(LIST_URL, async () => {
      seen.count += 1;
      arrived();
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );
  return { reached, seen };
}

describe('network', () => {
  test('a network error surfaces as network, after the GET retries', async () => {
    let count = 0;
    server.use(
      http.get(LIST_URL, () => {
        count += 1;
        return HttpResponse.error();
      }),
    );
    const error = await rejectionOf(list());

    expect(error).toMatchObject({ code: 'network' });
    expect(error).not.toHaveProperty('status');
    expect(count).toBe(3);
  });

  test('a network error then success recovers', async () => {
    let count = 0;
    server.use(http.get(LIST_URL, () => (++count === 1 ? HttpResponse.error() : HttpResponse.json(vtexListExample()))));
    expect((await list()).summaries).toHaveLength(10);
  });

  test('a server that does not answer in time: timeout', async () => {
    const { seen } = hangingList();
    const slow = createOrdersClient({ apiBase: API_BASE, timeoutMs: 50 });
    try {
      expect(await rejectionOf(slow.listOrders({ page: 1, perPage: 15 }))).toMatchObject({ code: 'timeout' });
      expect(seen.count).toBe(1);
    } finally {
      slow.dispose();
    }
  });
});

describe('abort', () => {
  test('dispose() aborts what is in flight, and later calls never reach the server', async () => {
    const { reached, seen } = hangingList();
    const pending = list();
    await reached;
    client().dispose();

    expect(await rejectionOf(pending)).toMatchObject({ code: 'aborted' });
    expect(await rejectionOf(list())).toMatchObject({ code: 'aborted' });
    expect(await rejectionOf(client().getOrder('1-01'))).toMatchObject({ code: 'aborted' });
    expect(seen.count).toBe(1);
  });

  test('dispose() during a retry backoff stops the retries', async () => {
    let count = 0;
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server.use(
      http.get(LIST_URL, () => {
        count += 1;
        arrived();
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const patient = createOrdersClient({ apiBase: API_BASE, retry: { baseDelayMs: 60_000, backoffLimitMs: 60_000 } });
    const pending = patient.listOrders({ page: 1, perPage: 15 });
    await reached;
    patient.dispose();

    expect(await rejectionOf(pending)).toMatchObject({ code: 'aborted' });
    expect(count).toBe(1);
  });

  test('abort() stops what is in flight but the client stays usable', async () => {
    const { reached } = hangingList();
    const pending = list();
    await reached;
    client().abort();
    expect(await rejectionOf(pending)).toMatchObject({ code: 'aborted' });

    server.use(http.get(LIST_URL, () => HttpResponse.json(vtexListExample())));
    expect((await list()).summaries).toHaveLength(10);
  });

  test('a per-call signal aborts that call only', async () => {
    const { reached } = hangingList();
    const superseded = new AbortController();
    const pending = list({ signal: superseded.signal });
    await reached;
    superseded.abort();
    expect(await rejectionOf(pending)).toMatchObject({ code: 'aborted' });

    server.use(http.get(DETAIL_URL, () => HttpResponse.json({ orderId: '1-01', status: 'handling' })));
    expect((await client().getOrder('1-01')).orderId).toBe('1-01');
  });

  test("the host's signal (options.signal) aborts every request of the client", async () => {
    const { reached } = hangingList();
    const host = new AbortController();
    const embedded = createOrdersClient({ apiBase: API_BASE, signal: host.signal });
    const pending = embedded.listOrders({ page: 1, perPage: 15 });
    await reached;
    host.abort();
    expect(await rejectionOf(pending)).toMatchObject({ code: 'aborted' });
    expect(await rejectionOf(embedded.getOrder('1-01'))).toMatchObject({ code: 'aborted' });
  });
});
