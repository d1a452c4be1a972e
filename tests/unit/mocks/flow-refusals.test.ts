/**
 * Domain.md section 1, rules 4 and 5: every order that cannot be canceled says so
 * (`allowCancellation` false) and refuses a request (409); bad requests get 400s; and the
 * seller's fulfillment calls (start-handling, invoices, tracking) follow their own rules.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { MockOrderSummary } from '../../../mocks/index.ts';
import { findOrder, startMock } from './helpers.ts';

const mock = startMock();
const main = mock.shopper('main');
const seller = mock.seller;
const ERROR_BODY = { error: { code: expect.any(String), message: expect.any(String), exception: null } };

beforeEach(() => mock.backend.reset());

const CANNOT_CANCEL: Array<[string, (o: MockOrderSummary) => boolean]> = [
  ['invoiced', (o) => o.status === 'invoiced'],
  ['partially invoiced', (o) => o.invoicedValue > 0 && o.invoicedValue < o.value],
  ['incomplete', (o) => !o.isCompleted],
  ['order-created (automatic step)', (o) => o.status === 'order-created'],
  ['start-handling (automatic step)', (o) => o.status === 'start-handling'],
  ['invoice (automatic step)', (o) => o.status === 'invoice'],
  ['cancel (being canceled)', (o) => o.status === 'cancel'],
  ['canceled', (o) => o.status === 'canceled'],
  ['with a request pending', (o) => o.status === 'cancellation-requested'],
];

describe('orders that cannot be canceled', () => {
  test.each(CANNOT_CANCEL)('%s: allowCancellation is false and a request gets 409', async (_case, predicate) => {
    const order = await findOrder(seller, (o) => o.shopper === 'main' && predicate(o));
    const before = await main.detailJson(order.orderId);
    expect(before.allowCancellation).toBe(false);
    const response = await main.cancel(order.orderId, { reason: 'Please cancel' });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(ERROR_BODY);
    expect((await main.detailJson(order.orderId)).status).toBe(before.status);
  });

  test('allowCancellation and the acceptance of a request never disagree, on any order', async () => {
    const rows = await main.listAll();
    expect(rows.length).toBeGreaterThan(50);
    const outcomes = new Set<string>();
    for (const row of rows) {
      const { allowCancellation } = await main.detailJson(row.orderId);
      const status = (await main.cancel(row.orderId, { reason: 'Checking the rule' })).status;
      expect({ orderId: row.orderId, status }).toEqual({ orderId: row.orderId, status: allowCancellation ? 200 : 409 });
      outcomes.add(String(status));
    }
    expect(outcomes).toEqual(new Set(['200', '409']));
  });
});

describe('bad cancel requests', () => {
  test.each<[string, unknown]>([
    ['reason missing', {}],
    ['reason not a string', { reason: 42 }],
    ['reason blank after trimming', { reason: ' \n\t ' }],
    ['reason over 500 code points', { reason: '😀'.repeat(501) }],
    ['a body that is not JSON', '{"reason": "unterminated'],
    ['a JSON body that is not an object', '["reason"]'],
  ])('%s: 400 with a VTEX error body, order unchanged', async (_case, body) => {
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel');
    const response = await main.cancel(orderId, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(ERROR_BODY);
    expect((await main.detailJson(orderId)).status).toBe('window-to-cancel');
  });

  test('500 code points is accepted even when that is 1000 UTF-16 units', async () => {
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel');
    const reason = '😀'.repeat(500);
    expect(reason.length).toBe(1000);
    expect((await main.cancel(orderId, { reason })).status).toBe(200);
    expect((await main.detailJson(orderId)).cancelReason).toBe(reason);
  });
});

describe('seller refusals', () => {
  test('deny with an unknown request id, or on an order with no pending request, is 400', async () => {
    const pending = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'cancellation-requested');
    const unknown = await seller.deny(pending.orderId, { cancellationRequestId: 'no-such-request', denyReason: 'No' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual(ERROR_BODY);
    expect((await main.detailJson(pending.orderId)).status).toBe('cancellation-requested');

    const handling = await findOrder(
      seller,
      (o) => o.shopper === 'main' && o.status === 'handling' && o.invoicedValue === 0,
    );
    expect((await seller.deny(handling.orderId, { cancellationRequestId: 'x', denyReason: 'No' })).status).toBe(400);
  });

  test('the seeded pending request can be denied by its id, and its deny reason must not be blank', async () => {
    const pending = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'cancellation-requested');
    const id = pending.pendingCancellationRequest?.id;
    expect((await seller.deny(pending.orderId, { cancellationRequestId: id, denyReason: '  ' })).status).toBe(400);
    expect(
      (await seller.deny(pending.orderId, { cancellationRequestId: id, denyReason: 'Already shipped' })).status,
    ).toBe(200);
    expect((await main.detailJson(pending.orderId)).status).toBe('handling');
  });

  test('a cancel without a reason is 400; an unknown order is 404 with OMS007', async () => {
    const { orderId } = await findOrder(seller, (o) => o.status === 'window-to-cancel');
    expect((await seller.cancel(orderId, {})).status).toBe(400);
    const missing = await seller.cancel('0000000000000-01', { reason: 'x' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'OMS007', message: 'Order Not Found', exception: null } });
  });

  test('start-handling moves ready-for-handling to handling (204), and refuses any other status (409)', async () => {
    const { orderId } = await findOrder(seller, (o) => o.status === 'ready-for-handling');
    const started = await seller.startHandling(orderId);
    expect(started.status).toBe(204);
    expect(await started.text()).toBe('');
    expect((await main.detailJson(orderId)).status).toBe('handling');
    const again = await seller.startHandling(orderId);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: {
        code: 'OMS003',
        message: 'Order status should be ready-for-handling to perform this action',
        exception: null,
      },
    });
  });
});

describe('invoices and tracking', () => {
  async function invoiceBody(
    orderId: string,
    invoiceNumber: string,
    invoiceValue: number,
  ): Promise<Record<string, unknown>> {
    const detail = await main.detailJson(orderId);
    const items = (detail.items ?? []).map((item) => ({
      id: item.id,
      quantity: item.quantity,
      price: item.sellingPrice,
    }));
    return {
      type: 'Output',
      issuanceDate: '2026-06-15T11:00:00-03:00',
      invoiceNumber,
      invoiceValue: String(invoiceValue),
      items,
      courier: 'Correios',
      trackingNumber: '',
      trackingUrl: '',
    };
  }

  test('a partial invoice keeps the status but ends cancellation; the rest makes it invoiced', async () => {
    const { orderId, value, status } = await findOrder(
      seller,
      (o) =>
        o.shopper === 'main' &&
        o.status === 'handling' &&
        o.invoicedValue === 0 &&
        o.pendingCancellationRequest === null,
    );
    const first = await seller.invoice(orderId, await invoiceBody(orderId, 'NFe-900001', value - 1000));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ orderId, receipt: expect.any(String) });

    const partial = await main.detailJson(orderId);
    expect(partial.status).toBe(status);
    expect(partial.allowCancellation).toBe(false);
    expect(partial.value).toBe(value);
    expect(partial.packageAttachment?.packages).toEqual([
      expect.objectContaining({ invoiceNumber: 'NFe-900001', invoiceValue: value - 1000, type: 'Output' }),
    ]);
    expect((await main.cancel(orderId, { reason: 'Too late?' })).status).toBe(409);

    expect((await seller.invoice(orderId, await invoiceBody(orderId, 'NFe-900002', 1001))).status).toBe(400);
    expect((await seller.invoice(orderId, await invoiceBody(orderId, 'NFe-900002', 1000))).status).toBe(200);
    const invoiced = await main.detailJson(orderId);
    expect(invoiced.status).toBe('invoiced');
    expect(Date.parse(invoiced.invoicedDate ?? '')).toBe(mock.backend.clock.now());
    expect(invoiced.value).toBe(value);
  });

  test('tracking updates the package: events first, then delivered', async () => {
    const { orderId, value } = await findOrder(seller, (o) => o.status === 'ready-for-handling');
    await seller.invoice(orderId, await invoiceBody(orderId, 'INV-1', value));
    const events = [{ city: 'Cajamar', state: 'SP', description: 'Objeto postado', date: '2026-06-15T13:00:00-03:00' }];
    expect((await seller.tracking(orderId, 'INV-1', { isDelivered: false, events })).status).toBe(200);
    let pkg = (await main.detailJson(orderId)).packageAttachment?.packages[0];
    expect(pkg?.courierStatus).toEqual({ finished: false, deliveredDate: null, data: events });

    const delivered = { isDelivered: true, deliveredDate: '2026-06-17T10:00:00-03:00', events };
    expect((await seller.tracking(orderId, 'INV-1', delivered)).status).toBe(200);
    pkg = (await main.detailJson(orderId)).packageAttachment?.packages[0];
    expect(pkg?.courierStatus).toMatchObject({ finished: true, deliveredDate: '2026-06-17T10:00:00-03:00' });

    expect((await seller.tracking(orderId, 'INV-404', delivered)).status).toBe(400);
    expect((await seller.tracking(orderId, 'INV-1', { events })).status).toBe(400);
  });
});
