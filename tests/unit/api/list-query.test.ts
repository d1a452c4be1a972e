import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { DETAIL_URL, LIST_URL, useClient, useMswServer, vtexListExample } from './support.ts';

const server = useMswServer();
const client = useClient();

/** Serves VTEX's example (which ignores every filter) and records the query strings. */
function listEndpoint(body: () => Record<string, unknown> = vtexListExample) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(LIST_URL, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(body());
    }),
  );
  return queries;
}

describe('listOrders query', () => {
  test('page and per_page', async () => {
    const queries = listEndpoint();
    await client().listOrders({ page: 3, perPage: 25 });
    expect(queries[0]?.toString()).toBe('page=3&per_page=25');
  });

  test("VTEX's documented filters: repeated status, text, creation_date range", async () => {
    const queries = listEndpoint();
    await client().listOrders({
      page: 1,
      perPage: 15,
      status: ['invoiced', 'handling'],
      text: '  Mangueira ',
      creationDate: { from: new Date('2025-01-01T02:00:00Z'), to: new Date('2025-04-08T23:59:59.999Z') },
    });
    const query = queries[0];
    expect(query?.getAll('status')).toEqual(['invoiced', 'handling']);
    expect(query?.get('text')).toBe('Mangueira');
    expect(query?.get('creation_date')).toBe('creationDate:[2025-01-01T02:00:00.000Z TO 2025-04-08T23:59:59.999Z]');
  });

  test('an open date range uses *', async () => {
    const queries = listEndpoint();
    await client().listOrders({
      page: 1,
      perPage: 15,
      creationDate: { from: new Date('2025-01-01T00:00:00Z'), to: null },
    });
    expect(queries[0]?.get('creation_date')).toBe('creationDate:[2025-01-01T00:00:00.000Z TO *]');
  });

  test('nonsense paging is normalised before it is sent', async () => {
    const queries = listEndpoint();
    await client().listOrders({ page: 0, perPage: 10_000 });
    await client().listOrders({ page: Number.NaN, perPage: 2.7 });
    expect(queries.map((query) => query.toString())).toEqual(['page=1&per_page=100', 'page=1&per_page=2']);
  });

  test('requests carry credentials: same-origin and ask for JSON', async () => {
    let seen: { credentials: string; accept: string | null } | null = null;
    server.use(
      http.get(DETAIL_URL, ({ request }) => {
        seen = { credentials: request.credentials, accept: request.headers.get('accept') };
        return HttpResponse.json({ orderId: '1-01', status: 'handling' });
      }),
    );
    await client().getOrder('1-01');
    expect(seen).toEqual({ credentials: 'same-origin', accept: 'application/json' });
  });
});

describe('filtersHonoured', () => {
  test('a store that ignores the status filter is caught: the view must filter loaded rows', async () => {
    listEndpoint();
    const page = await client().listOrders({ page: 1, perPage: 15, status: ['invoiced'] });
    expect(page.filtersHonoured).toBe(false);
    expect(page.summaries).toHaveLength(10);
  });

  test('a store that ignores the date filter is caught', async () => {
    listEndpoint();
    const page = await client().listOrders({
      page: 1,
      perPage: 15,
      creationDate: { from: new Date('2019-01-01T00:00:00Z') },
    });
    expect(page.filtersHonoured).toBe(false);
  });

  test('a page whose rows all match is honoured', async () => {
    listEndpoint(() => {
      const body = vtexListExample();
      body.list = (body.list as Array<{ status: string }>).filter((row) => row.status === 'invoiced');
      return body;
    });
    const page = await client().listOrders({ page: 1, perPage: 15, status: ['invoiced'] });
    expect(page.filtersHonoured).toBe(true);
    expect(page.summaries.map((row) => row.orderId)).toEqual(['v502058llux-01', 'v501538llux-01', 'v500970llux-01']);
  });

  test('without filters there is nothing to honour', async () => {
    listEndpoint();
    expect((await client().listOrders({ page: 1, perPage: 15 })).filtersHonoured).toBe(true);
  });
});

describe('paging the store did not get right', () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ orderId: `o${index}-01`, status: 'handling' }));

  test('a full page without a usable total: there may be more, and the total is only a lower bound', async () => {
    listEndpoint(() => ({ list: rows(15), paging: null }));
    expect((await client().listOrders({ page: 2, perPage: 15 })).paging).toEqual({
      page: 2,
      perPage: 15,
      total: 30,
      totalIsExact: false,
      pages: 3,
      hasNext: true,
      hasPrevious: true,
    });
  });

  test('a total smaller than the rows already seen is not believed', async () => {
    listEndpoint(() => ({ list: rows(15), paging: { total: 3, pages: 1, currentPage: 2, perPage: 15 } }));
    expect((await client().listOrders({ page: 2, perPage: 15 })).paging).toMatchObject({
      total: 30,
      totalIsExact: false,
      pages: 3,
      hasNext: true,
    });
  });

  test('an empty page past the end keeps the way back', async () => {
    listEndpoint(() => ({ list: [], paging: { total: 19, pages: 2, currentPage: 3, perPage: 10 } }));
    expect((await client().listOrders({ page: 3, perPage: 10 })).paging).toEqual({
      page: 3,
      perPage: 10,
      total: 19,
      totalIsExact: false,
      pages: 2,
      hasNext: false,
      hasPrevious: true,
    });
  });
});
