import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { buildTimeline, formatMoney, whyNotCancellable } from '../../../src/domain/index.ts';
import { DETAIL_URL, LIST_URL, useClient, useMswServer, vtexDetailExample, vtexListExample } from './support.ts';

const server = useMswServer();
const client = useClient();
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe("VTEX's own list example", () => {
  test('maps every row', async () => {
    server.use(http.get(LIST_URL, () => HttpResponse.json(vtexListExample())));
    const page = await client().listOrders({ page: 1, perPage: 15 });

    expect(page.summaries).toHaveLength(10);
    expect(page.omittedRows).toBe(0);
    expect(page.filtersHonoured).toBe(true);
    const [first, , third] = page.summaries;
    expect(first).toMatchObject({
      orderId: 'v502556llux-01',
      orderGroup: 'v502556llux',
      status: 'handling',
      stage: 'preparing',
      clientName: 'Cunha VTEX',
      totalValue: 1160,
      totalItems: 1,
      currencyCode: 'BRL',
      paymentNames: 'Boleto Bancário',
      items: null,
    });
    expect(first?.creationDate?.toISOString()).toBe('2019-01-28T20:09:43.000Z');
    expect(first?.shippingEstimatedDate?.toISOString()).toBe('2019-02-04T20:33:46.000Z');
    expect(third).toMatchObject({ orderId: 'v502449llux-01', stage: 'canceled', currencyCode: null });
    expect(third?.creationDate?.toISOString()).toBe('2018-08-28T17:42:28.917Z');
    expect(third?.items).toEqual([
      {
        skuId: '195',
        productId: '134',
        name: 'Mangueira Reservatório Ao Cavalete',
        quantity: 1,
        sellerId: '1',
        unitPrice: 7390,
        linePrice: 7390,
      },
      {
        skuId: '238',
        productId: '162',
        name: 'Mangueira Filtro',
        quantity: 1,
        sellerId: '1',
        unitPrice: 5190,
        linePrice: 5190,
      },
    ]);
    expect(page.summaries.map((row) => row.stage)).toEqual([
      'preparing',
      'canceled',
      'canceled',
      'shipped',
      'shipped',
      'canceled',
      'preparing',
      'shipped',
      'canceled',
      'canceled',
    ]);
  });

  test('inconsistent paging (total 19, pages 10, perPage 2 beside 10 rows) comes out sane', async () => {
    server.use(http.get(LIST_URL, () => HttpResponse.json(vtexListExample())));

    // 10 rows when 15 were asked: this is the last page, whatever the paging block says.
    expect((await client().listOrders({ page: 1, perPage: 15 })).paging).toEqual({
      page: 1,
      perPage: 15,
      total: 10,
      totalIsExact: true,
      pages: 1,
      hasNext: false,
      hasPrevious: false,
    });
    // A full page of 10: the server total (19) is plausible, so one more page.
    expect((await client().listOrders({ page: 1, perPage: 10 })).paging).toEqual({
      page: 1,
      perPage: 10,
      total: 19,
      totalIsExact: true,
      pages: 2,
      hasNext: true,
      hasPrevious: false,
    });
    // More rows than asked: the server's page size wins.
    expect((await client().listOrders({ page: 1, perPage: 5 })).paging).toMatchObject({
      perPage: 10,
      total: 19,
      pages: 2,
      hasNext: true,
    });
  });

  test('a row amount without currency formats as a plain number', async () => {
    server.use(http.get(LIST_URL, () => HttpResponse.json(vtexListExample())));
    const row = (await client().listOrders({ page: 1, perPage: 15 })).summaries[2];
    expect(plain(formatMoney(row?.totalValue ?? Number.NaN, row?.currencyCode ?? null, 'pt-BR'))).toBe('215.261,80');
  });
});

describe("VTEX's own detail example (order 1172452900788-01)", () => {
  const orderId = '1172452900788-01';

  test('maps the order the view needs', async () => {
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(vtexDetailExample())));
    const order = await client().getOrder(orderId);

    expect(order).toMatchObject({
      orderId,
      orderGroup: 'v502556lspt',
      sequence: '502556',
      status: 'handling',
      stage: 'preparing',
      value: 1160,
      currencyCode: 'BRL',
      locale: 'en-US',
      salesChannel: '1',
      allowCancellation: true,
      cancelReason: 'The size was too big.',
      cancellationRequests: [],
      omittedEntries: 0,
    });
    expect(plain(formatMoney(order.value ?? Number.NaN, order.currencyCode, 'pt-BR'))).toBe('R$ 11,60');
    expect(order.creationDate?.toISOString()).toBe('2019-01-28T20:09:43.899Z');
    expect(order.lastChange?.toISOString()).toBe('2019-02-06T20:46:11.701Z');
    expect(order.authorizedDate?.toISOString()).toBe('2019-01-28T20:33:04.000Z');
    expect(order.invoicedDate).toBeNull();
  });

  test('totals, items and sellers', async () => {
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(vtexDetailExample())));
    const order = await client().getOrder(orderId);

    expect(order.totals.map(({ kind, value }) => [kind, value])).toEqual([
      ['items', 3290],
      ['discounts', 0],
      ['shipping', 1160],
      ['tax', 0],
      ['change', -3290],
    ]);
    expect(order.sellers.get('1')).toBe('Lux Store');
    expect(order.items).toEqual([
      {
        uniqueId: '87F0945396994B349158C7D9C9941442',
        skuId: '256',
        productId: '9429485',
        name: 'Bay Max L',
        quantity: 1,
        sellerId: '1',
        sellerName: 'Lux Store',
        unitPrice: 3290,
        listPrice: 3290,
        linePrice: 3290,
        imageUrl:
          'http://luxstore.vteximg.com.br/arquivos/ids/159263-55-55/image-cc1aed75cbfa424a85a94900be3eacec.jpg?v=636795432619830000',
        // Relative in VTEX's data: resolved against the store origin (the apiBase's here).
        detailUrl: 'http://store.test/bay-max-9429485/p',
        isGift: false,
        measurementUnit: 'un',
      },
    ]);
  });

  test('delivery to the Rio de Janeiro address, with the estimate', async () => {
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(vtexDetailExample())));
    const { delivery } = await client().getOrder(orderId);

    expect(delivery?.address).toEqual({
      addressType: 'residential',
      receiverName: 'Rodrigo Cunha',
      street: 'Praia de Botafogo',
      number: '518',
      complement: '10',
      neighborhood: 'Botafogo',
      city: 'Rio de Janeiro',
      state: 'RJ',
      postalCode: '22250-040',
      country: 'BRA',
      reference: null,
    });
    expect(delivery?.groups).toEqual([
      {
        channel: 'delivery',
        slaName: 'Normal',
        itemIndexes: [0],
        estimateDate: new Date('2019-02-04T20:33:46.459Z'),
        estimate: { amount: 5, unit: 'business-days' },
        pickupPoint: null,
      },
    ]);
  });

  test('the bank slip link gets its {Installment} filled in', async () => {
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(vtexDetailExample())));
    const { payments, packages } = await client().getOrder(orderId);

    expect(payments).toEqual([
      {
        method: 'Boleto Bancário',
        group: 'bankInvoice',
        value: 4450,
        installments: 1,
        lastDigits: null,
        url: 'https://luxstore.vtexpayments.com.br/BankIssuedInvoice/Transaction/418213DE29634837A63DD693A937A696/Payment/D3DEECAB3C6C4B9EAF8EF4C1FE062FF3/Installment/1',
        dueDate: new Date('2019-02-02T00:00:00Z'),
      },
    ]);
    expect(packages).toEqual([]);
  });

  test('malformed CancellationDate -> null; cancellationData on a handling order is history', async () => {
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(vtexDetailExample())));
    const order = await client().getOrder(orderId);

    expect(order.cancellation).toEqual({
      requestedBy: 'shopper',
      reason: 'Item was too big in the client.',
      date: null,
    });
    expect(order.stage).toBe('preparing');
    expect(buildTimeline(order).map((entry) => entry.kind)).not.toContain('canceled');
    expect(whyNotCancellable(order)).toBeNull();
  });

  test('camelCase cancellationData (newer docs) reads the same', async () => {
    const body = vtexDetailExample();
    body.status = 'canceled';
    body.cancellationData = {
      requestedByUser: false,
      requestedBySystem: false,
      requestedBySellerNotification: true,
      requestedByPaymentNotification: false,
      reason: 'Out of stock',
      cancellationDate: '2019-02-07T10:00:00.1234567+00:00',
    };
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(body)));
    const order = await client().getOrder(orderId);

    expect(order.stage).toBe('canceled');
    expect(order.cancellation).toEqual({
      requestedBy: 'seller',
      reason: 'Out of stock',
      date: new Date('2019-02-07T10:00:00.123Z'),
    });
  });

  test('what VTEX nulls or omits degrades to "unavailable", not a failure', async () => {
    const body = vtexDetailExample();
    Object.assign(body, {
      items: null,
      totals: null,
      sellers: null,
      shippingData: null,
      paymentData: null,
      packageAttachment: null,
      cancellationData: null,
      storePreferencesData: { currencyCode: null, timeZone: 'Narnia Standard Time' },
      clientPreferencesData: null,
      creationDate: '2022-10--05T15:40:33',
      value: null,
      allowCancellation: null,
    });
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(body)));
    const order = await client().getOrder(orderId);

    expect(order).toMatchObject({
      items: [],
      totals: [],
      delivery: null,
      payments: [],
      packages: [],
      cancellation: null,
      currencyCode: null,
      locale: null,
      creationDate: null,
      value: null,
      allowCancellation: false,
    });
    expect(order.sellers.size).toBe(0);
  });
});
