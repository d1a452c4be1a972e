import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { buildTimeline, whyNotCancellable } from '../../../src/domain/index.ts';
import { DETAIL_URL, useClient, useMswServer, vtexDetailExample } from './support.ts';

const server = useMswServer();
const client = useClient({ storeOrigin: 'https://shop.example' });
const orderId = '1172452900788-01';

function serve(changes: Record<string, unknown>) {
  server.use(http.get(DETAIL_URL, () => HttpResponse.json({ ...vtexDetailExample(), ...changes })));
  return client().getOrder(orderId);
}

const invoice = (overrides: Record<string, unknown> = {}) => ({
  type: 'Output',
  invoiceNumber: 'NF-0001',
  invoiceValue: '1160',
  invoiceUrl: 'https://nfe.example/0001.pdf',
  issuanceDate: '2019-02-07T10:00:00.0000000+00:00',
  courier: 'Correios',
  trackingNumber: 'BR123456789',
  trackingUrl: 'https://rastreio.example/BR123456789',
  items: [{ itemIndex: 0, quantity: 1, price: 3290 }],
  courierStatus: {
    finished: true,
    status: 'delivered',
    deliveredDate: '2019-02-09T15:00:00+00:00',
    data: [{ city: 'Rio de Janeiro', state: 'RJ', description: 'Entregue', date: '2019-02-09T15:00:00+00:00' }],
  },
  ...overrides,
});

describe('packages and delivery state', () => {
  test('an invoiced order whose packages arrived is delivered, with tracking and invoice data', async () => {
    const order = await serve({
      status: 'invoiced',
      invoicedDate: '2019-02-07T10:00:00+00:00',
      packageAttachment: { packages: [invoice()] },
    });

    expect(order.stage).toBe('delivered');
    expect(order.packages).toEqual([
      {
        type: 'output',
        invoiceNumber: 'NF-0001',
        invoiceValue: 1160,
        invoiceUrl: 'https://nfe.example/0001.pdf',
        issuanceDate: new Date('2019-02-07T10:00:00Z'),
        courier: 'Correios',
        trackingNumber: 'BR123456789',
        trackingUrl: 'https://rastreio.example/BR123456789',
        items: [{ itemIndex: 0, quantity: 1 }],
        events: [
          { city: 'Rio de Janeiro', state: 'RJ', description: 'Entregue', date: new Date('2019-02-09T15:00:00Z') },
        ],
        delivered: true,
        deliveredDate: new Date('2019-02-09T15:00:00Z'),
      },
    ]);
    expect(buildTimeline(order).at(-1)).toEqual({
      kind: 'delivered',
      state: 'done',
      date: new Date('2019-02-09T15:00:00Z'),
    });
  });

  test('in transit: shipped, not delivered', async () => {
    const order = await serve({
      status: 'invoiced',
      packageAttachment: {
        packages: [invoice({ courierStatus: { finished: false, deliveredDate: null, data: null } })],
      },
    });
    expect(order.stage).toBe('shipped');
    expect(order.packages[0]).toMatchObject({ delivered: false, deliveredDate: null, events: [] });
  });

  test('partially invoiced while handling: explained, never offered by the widget itself', async () => {
    const order = await serve({
      status: 'handling',
      value: 10_000,
      allowCancellation: false,
      packageAttachment: { packages: [invoice({ invoiceValue: 4_000, courierStatus: null })] },
    });
    expect(order.stage).toBe('preparing');
    expect(whyNotCancellable(order)).toBe('partially-invoiced');
  });
});

describe('pickup and cancellation requests', () => {
  test('pickup in point: the pickup point name and address', async () => {
    const body = vtexDetailExample();
    const shippingData = body.shippingData as { logisticsInfo: Array<Record<string, unknown>> };
    Object.assign(shippingData.logisticsInfo[0] ?? {}, {
      deliveryChannel: 'pickup-in-point',
      selectedSla: 'Retirada (Loja Botafogo)',
      shippingEstimate: '2h',
      pickupStoreInfo: {
        additionalInfo: 'Bring an ID',
        address: {
          street: 'Rua Voluntários da Pátria',
          number: '45',
          city: 'Rio de Janeiro',
          state: 'RJ',
          postalCode: '22270-000',
          country: 'BRA',
        },
        dockId: '1',
        friendlyName: 'Loja Botafogo',
        isPickupStore: true,
      },
    });
    server.use(http.get(DETAIL_URL, () => HttpResponse.json(body)));
    const { delivery } = await client().getOrder(orderId);

    expect(delivery?.groups).toHaveLength(1);
    expect(delivery?.groups[0]).toMatchObject({
      channel: 'pickup',
      slaName: 'Retirada (Loja Botafogo)',
      estimate: { amount: 2, unit: 'hours' },
      pickupPoint: {
        name: 'Loja Botafogo',
        additionalInfo: 'Bring an ID',
        address: { street: 'Rua Voluntários da Pátria', city: 'Rio de Janeiro' },
      },
    });
  });

  test('cancellation requests, denied with the seller reason and date', async () => {
    const order = await serve({
      status: 'handling',
      allowCancellation: false,
      cancellationRequests: [
        {
          id: 'req-1',
          reason: 'Bought by mistake',
          cancellationRequestDate: '2019-01-29T10:00:00.1234567+00:00',
          requestedByUser: true,
          deniedBySeller: true,
          deniedBySellerReason: 'Already shipped to the carrier',
          cancellationRequestDenyDate: '2019-01-29T12:00:00Z',
        },
        { reason: 'no id: unusable' },
      ],
    });

    expect(order.cancellationRequests).toEqual([
      {
        id: 'req-1',
        reason: 'Bought by mistake',
        requestedAt: new Date('2019-01-29T10:00:00.123Z'),
        requestedByUser: true,
        denied: true,
        deniedReason: 'Already shipped to the carrier',
        deniedAt: new Date('2019-01-29T12:00:00Z'),
      },
    ]);
    expect(order.omittedEntries).toBe(1);
    expect(whyNotCancellable(order)).toBe('not-at-this-step');
  });

  test('relative item links resolve against the configured store origin', async () => {
    const order = await serve({});
    expect(order.items[0]?.detailUrl).toBe('https://shop.example/bay-max-9429485/p');
  });

  test('inactive payment transactions (replaced by the shopper) are not listed', async () => {
    const order = await serve({
      paymentData: {
        transactions: [
          {
            isActive: false,
            payments: [
              {
                paymentSystemName: 'Visa',
                group: 'creditCard',
                value: 1160,
                installments: 3,
                lastDigits: '1111',
                url: null,
              },
            ],
          },
          {
            isActive: true,
            payments: [
              {
                paymentSystemName: 'Pix',
                group: 'instantPayment',
                value: 1160,
                installments: null,
                lastDigits: null,
                url: null,
              },
            ],
          },
        ],
      },
    });
    expect(order.payments.map((payment) => payment.method)).toEqual(['Pix']);
  });
});
