/**
 * Domain.md section 5, contract validation: every list and detail body the mock can produce
 * validates against VTEX's published schemas (null rule, one erratum) plus our extensions,
 * for every fixture and before and after each step of the flow; so do the cancel-request
 * body, the seller receipts and the error bodies.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { WireOrderDetail } from '../../../src/contract/vtex-orders.ts';
import { findOrder, type ShopperClient, startMock } from '../mocks/helpers.ts';
import { ContractLedger } from './contract-ledger.ts';
import { readDetail, readList, sweepShopper } from './sweep.ts';

const mock = startMock();
const { seller } = mock;
const main = mock.shopper('main');
const ledger = new ContractLedger();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Well under what the sweeps below validate; a drop means the sweeps stopped reaching things. */
const FLOOR = 1000;

beforeEach(() => mock.backend.reset());

const now = (): number => mock.backend.clock.now();

async function sweepAll(stage: string): Promise<void> {
  for (const name of ['main', 'second', 'empty'] as const)
    await sweepShopper(mock.shopper(name), ledger, now(), `${stage} (${name})`);
}

/** The detail, validated; fails the test when the mock cannot answer 200 with a valid body. */
async function detailOf(client: ShopperClient, orderId: string, where: string): Promise<WireOrderDetail> {
  const detail = await readDetail(client, ledger, orderId, where);
  if (!detail) throw new Error(`detail ${orderId} ${where}: ${JSON.stringify(ledger.failures.at(-1))}`);
  return detail;
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function expectClean(mark: number): Promise<void> {
  expect(ledger.since(mark)).toEqual([]);
}

test('every fixture, every list page and filter, every detail, for each shopper', async () => {
  const mark = ledger.failures.length;
  await sweepAll('fixtures');
  await expectClean(mark);
});

describe('before and after each flow action', () => {
  test('shopper request inside the grace period: automatic cancel', async () => {
    const mark = ledger.failures.length;
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel');
    await detailOf(main, orderId, 'before request in window');
    const response = await main.cancel(orderId, { reason: 'Changed my mind' });
    expect(response.status).toBe(200);
    ledger.extension('UserCancelRequestResponse', await bodyOf(response), `${orderId} in window`);
    expect((await detailOf(main, orderId, 'after request in window')).status).toBe('canceled');
    await sweepShopper(main, ledger, now(), 'after request in window');
    await expectClean(mark);
  });

  test('with a write lag: cancel, then canceled once the lag has passed', async () => {
    const mark = ledger.failures.length;
    expect((await seller.settings({ writeLagMs: 5000 })).status).toBe(200);
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel');
    const response = await main.cancel(orderId, { reason: 'Changed my mind' });
    ledger.extension('UserCancelRequestResponse', await bodyOf(response), `${orderId} with write lag`);
    expect((await detailOf(main, orderId, 'during the write lag')).status).toBe('cancel');
    await sweepShopper(main, ledger, now(), 'during the write lag');
    await seller.advanceClock(5000);
    expect((await detailOf(main, orderId, 'after the write lag')).status).toBe('canceled');
    await expectClean(mark);
  });

  test('shopper request after the grace period, then the seller approves', async () => {
    const mark = ledger.failures.length;
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'ready-for-handling');
    await detailOf(main, orderId, 'before request after window');
    const response = await main.cancel(orderId, { reason: 'Found it cheaper' });
    expect(response.status).toBe(200);
    ledger.extension('UserCancelRequestResponse', await bodyOf(response), `${orderId} after window`);
    const requested = await detailOf(main, orderId, 'request pending');
    expect(requested.status).toBe('cancellation-requested');
    await sweepShopper(main, ledger, now(), 'request pending');
    const approval = await seller.cancel(orderId, { reason: 'Approved' });
    expect(approval.status).toBe(200);
    ledger.receipt('cancel', await bodyOf(approval), `${orderId} approval`);
    expect(['cancel', 'canceled']).toContain((await detailOf(main, orderId, 'after approval')).status);
    await expectClean(mark);
  });

  test('the seller denies a request: back to the previous status, request kept', async () => {
    const mark = ledger.failures.length;
    const { orderId } = await findOrder(
      seller,
      (o) => o.shopper === 'main' && o.status === 'handling' && o.invoicedValue === 0 && o.allowCancellation,
    );
    expect((await main.cancel(orderId, { reason: 'Wrong size' })).status).toBe(200);
    const pending = await detailOf(main, orderId, 'before deny');
    const requestId = pending.cancellationRequests?.find((r) => !r.deniedBySeller)?.id ?? '';
    const denyBody = { cancellationRequestId: requestId, denyReason: 'Already packed' };
    ledger.extension('DenyCancellationRequestBody', denyBody, 'our deny request');
    const denial = await seller.deny(orderId, denyBody);
    expect(denial.status).toBe(200);
    expect(await denial.text()).toBe('');
    const denied = await detailOf(main, orderId, 'after deny');
    expect(denied.status).toBe('handling');
    expect(denied.cancellationRequests?.some((r) => r.id === requestId && r.deniedBySeller)).toBe(true);
    await sweepShopper(main, ledger, now(), 'after deny');
    await expectClean(mark);
  });

  test('start-handling, a partial invoice, the rest, then tracking in transit and delivered', async () => {
    const mark = ledger.failures.length;
    const { orderId, value } = await findOrder(
      seller,
      (o) => o.shopper === 'main' && o.status === 'ready-for-handling',
    );
    expect((await seller.startHandling(orderId)).status).toBe(204);
    const handling = await detailOf(main, orderId, 'after start-handling');
    expect(handling.status).toBe('handling');
    const items = (handling.items ?? []).map((item) => ({
      id: item.id,
      quantity: item.quantity,
      price: item.sellingPrice,
    }));
    const invoice = (invoiceNumber: string, invoiceValue: number): Record<string, unknown> => ({
      type: 'Output',
      issuanceDate: new Date(now()).toISOString(),
      invoiceNumber,
      invoiceValue: String(invoiceValue),
      items,
      courier: 'Correios',
      trackingNumber: `TRK-${invoiceNumber}`,
      trackingUrl: `https://tracking.example/${invoiceNumber}`,
      invoiceUrl: null,
    });
    const partial = await seller.invoice(orderId, invoice('NF-1', Math.floor(value / 2)));
    expect(partial.status).toBe(200);
    ledger.receipt('invoice', await bodyOf(partial), `${orderId} partial`);
    const partly = await detailOf(main, orderId, 'partially invoiced');
    expect(partly.allowCancellation).toBe(false);
    await sweepShopper(main, ledger, now(), 'partially invoiced');
    const rest = await seller.invoice(orderId, invoice('NF-2', value - Math.floor(value / 2)));
    ledger.receipt('invoice', await bodyOf(rest), `${orderId} rest`);
    expect((await detailOf(main, orderId, 'fully invoiced')).status).toBe('invoiced');
    const events = [{ city: 'Curitiba', state: 'PR', description: 'In transit', date: new Date(now()).toISOString() }];
    expect((await seller.tracking(orderId, 'NF-1', { isDelivered: false, events })).status).toBe(200);
    await detailOf(main, orderId, 'in transit');
    const delivered = await seller.tracking(orderId, 'NF-2', {
      isDelivered: true,
      deliveredDate: new Date(now()).toISOString(),
      events,
    });
    expect(delivered.status).toBe(200);
    const shipped = await detailOf(main, orderId, 'delivered');
    expect(shipped.packageAttachment?.packages).toHaveLength(2);
    await sweepShopper(main, ledger, now(), 'after invoices and tracking');
    await expectClean(mark);
  });

  test('the clock moves past the grace period, then 30 days with a request pending', async () => {
    const mark = ledger.failures.length;
    const { orderId } = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'ready-for-handling');
    expect((await main.cancel(orderId, { reason: 'Too late' })).status).toBe(200);
    await seller.advanceClock(31 * MINUTE);
    await sweepAll('31 minutes later');
    await seller.advanceClock(30 * DAY);
    expect(['cancel', 'canceled']).toContain((await detailOf(main, orderId, '30 days after the request')).status);
    await sweepAll('30 days later');
    await expectClean(mark);
  });

  test('a newly placed order through payment, the window and handling', async () => {
    const mark = ledger.failures.length;
    const placed = await seller.placeOrder({ shopper: 'second', currency: 'EUR' });
    expect(placed.status).toBe(201);
    const { orderId } = (await placed.json()) as { orderId: string };
    const second = mock.shopper('second');
    const seen = new Set<string>();
    for (const step of [0, 3000, 2000, 10 * MINUTE, 25 * MINUTE]) {
      await seller.advanceClock(step);
      seen.add((await detailOf(second, orderId, `placed +${step}ms`)).status);
      await readList(second, ledger, { page: 1, per_page: 15 }, `placed +${step}ms`);
    }
    expect(seen).toEqual(new Set(['payment-pending', 'payment-approved', 'window-to-cancel', 'ready-for-handling']));
    await sweepShopper(second, ledger, now(), 'after a placed order');
    await expectClean(mark);
  });
});

describe('error bodies', () => {
  async function expectError(response: Response, status: number, where: string): Promise<void> {
    expect({ where, status: response.status }).toEqual({ where, status });
    ledger.extension('ErrorBody', await bodyOf(response), `${status} ${where}`);
  }

  test('401, 404, 409 and 400 carry VTEX error bodies', async () => {
    const mark = ledger.failures.length;
    const anonymous = mock.shopper(null);
    const window = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'window-to-cancel');
    const invoiced = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'invoiced');
    const pending = await findOrder(seller, (o) => o.shopper === 'main' && o.status === 'cancellation-requested');
    const theirs = await findOrder(seller, (o) => o.shopper === 'second');
    await expectError(await anonymous.list(), 401, 'list without session');
    await expectError(await anonymous.detail(window.orderId), 401, 'detail without session');
    await expectError(await anonymous.cancel(window.orderId, { reason: 'x' }), 401, 'cancel without session');
    await expectError(await mock.sellerWith({}).startHandling(window.orderId), 401, 'seller without app key');
    await expectError(await main.detail('0000000000000-01'), 404, 'unknown order');
    await expectError(await main.detail(theirs.orderId), 404, "another shopper's order");
    await expectError(await main.cancel(theirs.orderId, { reason: 'x' }), 404, "cancel another shopper's order");
    await expectError(await main.cancel(invoiced.orderId, { reason: 'x' }), 409, 'cancel an invoiced order');
    await expectError(await main.cancel(pending.orderId, { reason: 'x' }), 409, 'cancel with a request pending');
    await expectError(await seller.startHandling(invoiced.orderId), 409, 'start-handling an invoiced order');
    await expectError(await main.cancel(window.orderId, {}), 400, 'reason missing');
    await expectError(await main.cancel(window.orderId, { reason: '   ' }), 400, 'reason blank');
    await expectError(await main.cancel(window.orderId, { reason: 'x'.repeat(501) }), 400, 'reason over 500');
    await expectError(await main.cancel(window.orderId, '{"reason":'), 400, 'body not JSON');
    await expectError(
      await seller.deny(pending.orderId, { cancellationRequestId: 'nope', denyReason: 'No' }),
      400,
      'deny an unknown request',
    );
    await expectError(
      await seller.deny(window.orderId, { cancellationRequestId: 'nope', denyReason: 'No' }),
      400,
      'deny without a request',
    );
    await expectError(await main.list({ creation_date: 'yesterday' }), 400, 'malformed creation_date');
    await expectClean(mark);
  });
});

test('negative control: the sweep reports a body of the wrong shape', async () => {
  const mark = ledger.failures.length;
  const { orderId } = await findOrder(seller, (o) => o.shopper === 'main');
  await seller.setFault('detail', { kind: 'wrong-shape' }, 1);
  await seller.setFault('list', { kind: 'wrong-shape' }, 1);
  expect(await readDetail(main, ledger, orderId, 'under a wrong-shape fault')).toBeNull();
  expect(await readList(main, ledger, '', 'under a wrong-shape fault')).toBeNull();
  expect(ledger.since(mark).map((failure) => failure.where)).toEqual([
    `detail ${orderId} under a wrong-shape fault`,
    'list under a wrong-shape fault',
  ]);
});

test('the count of validated responses', () => {
  console.log(`contract: ${ledger.count} responses validated`);
  expect(ledger.count).toBeGreaterThan(FLOOR);
});
