import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  DETAIL_URL,
  LIST_URL,
  rejectionOf,
  useClient,
  useMswServer,
  vtexDetailExample,
  vtexListExample,
} from './support.ts';

const server = useMswServer();
const client = useClient();
const list = () => client().listOrders({ page: 1, perPage: 15 });

describe('unusable bodies are bad responses', () => {
  test.each([
    ['malformed JSON', () => new HttpResponse('{"list": [', { headers: { 'content-type': 'application/json' } })],
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['204 No Content', () => new HttpResponse(null, { status: 204 })],
    [
      'an HTML page served with 200 (a login or proxy page)',
      () => HttpResponse.html('<html><body>Login</body></html>'),
    ],
    ['JSON null', () => HttpResponse.json(null)],
    ['a JSON array', () => HttpResponse.json([])],
    ['no list', () => HttpResponse.json({ orders: [] })],
    ['list that is not an array', () => HttpResponse.json({ list: { orderId: 'x' }, paging: {} })],
    ['only unusable rows', () => HttpResponse.json({ list: [null, 42, { status: 'handling' }], paging: { total: 3 } })],
  ])('list: %s', async (_name, respond) => {
    server.use(http.get(LIST_URL, respond));
    expect(await rejectionOf(list())).toMatchObject({ code: 'bad-response' });
  });

  test.each([
    [
      'malformed JSON',
      () => new HttpResponse('{"orderId": "1-01",', { headers: { 'content-type': 'application/json' } }),
    ],
    ['an empty body', () => new HttpResponse('', { status: 200 })],
    ['a string', () => HttpResponse.json('1-01')],
    ['no orderId', () => HttpResponse.json({ status: 'handling', value: 100 })],
    ['a blank orderId', () => HttpResponse.json({ orderId: '  ', status: 'handling' })],
    ['another order than the one asked for', () => HttpResponse.json({ ...vtexDetailExample(), orderId: '999-01' })],
  ])('detail: %s', async (_name, respond) => {
    server.use(http.get(DETAIL_URL, respond));
    expect(await rejectionOf(client().getOrder('1172452900788-01'))).toMatchObject({ code: 'bad-response' });
  });

  test('bad responses are not retried (the same bytes would come back)', async () => {
    let count = 0;
    server.use(
      http.get(LIST_URL, () => {
        count += 1;
        return HttpResponse.html('<p>oops</p>');
      }),
    );
    await rejectionOf(list());
    expect(count).toBe(1);
  });
});

describe('one malformed row does not hide the others', () => {
  test('unusable rows are dropped and counted', async () => {
    const body = vtexListExample();
    const rows = body.list as unknown[];
    rows.splice(1, 0, null, { orderId: '' }, 'garbage', { clientName: 'no id' });
    server.use(http.get(LIST_URL, () => HttpResponse.json(body)));
    const page = await list();

    expect(page.summaries).toHaveLength(10);
    expect(page.omittedRows).toBe(4);
    expect(page.summaries.map((row) => row.orderId).slice(0, 2)).toEqual(['v502556llux-01', 'v502449llux-02']);
  });

  test('odd fields inside a usable row become null, not errors', async () => {
    const row = {
      orderId: 'x-01',
      status: 42,
      totalValue: 'lots',
      creationDate: '2022-10--05T15:40:33',
      items: 'none',
      currencyCode: null,
    };
    server.use(http.get(LIST_URL, () => HttpResponse.json({ list: [row], paging: null })));
    const [summary] = (await list()).summaries;

    expect(summary).toMatchObject({
      orderId: 'x-01',
      status: '',
      stage: 'unknown',
      totalValue: null,
      creationDate: null,
      items: null,
    });
  });

  test('an empty list is a valid (empty) page', async () => {
    server.use(
      http.get(LIST_URL, () =>
        HttpResponse.json({ list: [], paging: { total: 0, pages: 0, currentPage: 1, perPage: 15 } }),
      ),
    );
    const page = await list();
    expect(page.summaries).toEqual([]);
    expect(page.paging).toEqual({
      page: 1,
      perPage: 15,
      total: 0,
      totalIsExact: true,
      pages: 0,
      hasNext: false,
      hasPrevious: false,
    });
  });

  test('detail: unusable entries are dropped and counted', async () => {
    const body = vtexDetailExample();
    body.items = [...(body.items as unknown[]), null, 'garbage'];
    body.totals = [...(body.totals as unknown[]), { id: 'Bogus' }];
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(body)));
    const order = await client().getOrder('1172452900788-01');

    expect(order.items).toHaveLength(1);
    expect(order.totals).toHaveLength(5);
    expect(order.omittedEntries).toBe(3);
  });
});

describe('unsafe URLs from sellers and carriers', () => {
  test('javascript:, data: and relative URLs without an origin never become links or images', async () => {
    const body = vtexDetailExample();
    const [item] = body.items as Array<Record<string, unknown>>;
    Object.assign(item ?? {}, {
      imageUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
      detailUrl: 'javascript:alert(1)',
    });
    body.packageAttachment = {
      packages: [
        {
          type: 'Output',
          invoiceValue: 1160,
          invoiceUrl: 'JaVaScRiPt:alert(1)',
          trackingUrl: 'https://carrier.example/t/1',
          courierStatus: null,
        },
      ],
    };
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(body)));
    const order = await client().getOrder('1172452900788-01');

    expect(order.items[0]).toMatchObject({ imageUrl: null, detailUrl: null });
    expect(order.packages[0]).toMatchObject({ invoiceUrl: null, trackingUrl: 'https://carrier.example/t/1' });
  });
});
