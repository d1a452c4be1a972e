/**
 * Domain.md section 1, rule 2: inside the grace period (and before payment approval) a
 * shopper's request cancels automatically, through `cancel` for the write lag, to `canceled`.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { APPROVAL_TO_WINDOW_MS, PAYMENT_APPROVAL_MS } from '../../../mocks/index.ts';
import { findOrder, startMock } from './helpers.ts';

const MINUTE = 60_000;
const mock = startMock();
const main = mock.shopper('main');
const seller = mock.seller;

beforeEach(() => mock.backend.reset());

async function windowOrder(authorizedMinutesAgo: number): Promise<string> {
  const now = mock.backend.clock.now();
  const order = await findOrder(
    seller,
    (o) =>
      o.shopper === 'main' &&
      o.status === 'window-to-cancel' &&
      o.authorizedDate !== null &&
      Date.parse(o.authorizedDate) === now - authorizedMinutesAgo * MINUTE,
  );
  return order.orderId;
}

async function windowEnd(orderId: string): Promise<number> {
  const detail = await main.detailJson(orderId);
  return Date.parse(detail.authorizedDate ?? '') + 30 * MINUTE;
}

describe('inside the grace period', () => {
  test('a request cancels the order at once, with no seller involved', async () => {
    const orderId = await windowOrder(5);
    const before = await main.detailJson(orderId);
    expect(before.status).toBe('window-to-cancel');
    expect(before.allowCancellation).toBe(true);
    expect(before.cancellationData).toBeNull();

    const response = await main.cancel(orderId, { reason: '  Changed my mind  ' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ orderId, status: 'canceled', cancellationRequestId: expect.any(String) });

    const after = await main.detailJson(orderId);
    expect(after.status).toBe('canceled');
    expect(after.allowCancellation).toBe(false);
    expect(after.cancelReason).toBe('Changed my mind');
    expect(after.cancellationData).toMatchObject({
      RequestedByUser: true,
      RequestedBySellerNotification: false,
      Reason: 'Changed my mind',
    });
    expect(Date.parse(after.cancellationData?.CancellationDate ?? '')).toBe(mock.backend.clock.now());
    expect(after.cancellationRequests).toContainEqual(
      expect.objectContaining({
        id: body.cancellationRequestId,
        reason: 'Changed my mind',
        requestedByUser: true,
        deniedBySeller: false,
      }),
    );
    expect(after.value).toBe(before.value);
  });

  test.each(['payment-pending', 'payment-denied'])(
    'before payment approval (%s) a request cancels at once too',
    async (status) => {
      const order = await findOrder(seller, (o) => o.shopper === 'main' && o.status === status && o.isCompleted);
      expect((await main.detailJson(order.orderId)).allowCancellation).toBe(true);
      const response = await main.cancel(order.orderId, { reason: 'Não quero mais' });
      expect(response.status).toBe(200);
      expect((await main.detailJson(order.orderId)).status).toBe('canceled');
    },
  );

  test('one second before the window ends the request is still automatic', async () => {
    const orderId = await windowOrder(5);
    await seller.setClock((await windowEnd(orderId)) - 1000);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('window-to-cancel');
    expect(detail.allowCancellation).toBe(true);
    expect(await (await main.cancel(orderId, { reason: 'Too slow' })).json()).toMatchObject({ status: 'canceled' });
  });

  test('one second after the window ends the order is ready for handling and a request waits for the seller', async () => {
    const orderId = await windowOrder(5);
    await seller.setClock((await windowEnd(orderId)) + 1000);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('ready-for-handling');
    expect(detail.allowCancellation).toBe(true);
    expect(await (await main.cancel(orderId, { reason: 'Too slow' })).json()).toMatchObject({
      status: 'cancellation-requested',
    });
    expect((await main.detailJson(orderId)).status).toBe('cancellation-requested');
  });
});

describe('the write lag', () => {
  test('the order shows `cancel` until the lag has passed on the mock clock, then `canceled`', async () => {
    expect((await seller.settings({ writeLagMs: 1500 })).status).toBe(200);
    const orderId = await windowOrder(5);
    const body = await (await main.cancel(orderId, { reason: 'Ordered twice' })).json();
    expect(body.status).toBe('cancel');

    const canceling = await main.detailJson(orderId);
    expect(canceling.status).toBe('cancel');
    expect(canceling.allowCancellation).toBe(false);
    expect(canceling.cancellationData?.Reason).toBe('Ordered twice');
    expect((await main.cancel(orderId, { reason: 'Again' })).status).toBe(409);

    await seller.advanceClock(1499);
    expect((await main.detailJson(orderId)).status).toBe('cancel');
    await seller.advanceClock(1);
    expect((await main.detailJson(orderId)).status).toBe('canceled');
  });
});

describe('the grace period setting', () => {
  test('a shorter grace period closes the window of an order approved 20 minutes ago', async () => {
    const orderId = await windowOrder(20);
    expect((await main.detailJson(orderId)).status).toBe('window-to-cancel');
    await seller.settings({ gracePeriodMinutes: 10 });
    expect((await main.detailJson(orderId)).status).toBe('ready-for-handling');
  });

  test('a longer grace period keeps the window open past the default 30 minutes', async () => {
    const orderId = await windowOrder(20);
    await seller.settings({ gracePeriodMinutes: 60 });
    await seller.advanceClock(35 * MINUTE);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('window-to-cancel');
    expect(await (await main.cancel(orderId, { reason: 'Late change' })).json()).toMatchObject({ status: 'canceled' });
  });
});

describe('a newly placed order', () => {
  test('goes through payment into the grace period and out of it, on the mock clock', async () => {
    const placed = await seller.placeOrder({ shopper: 'main', currency: 'EUR' });
    expect(placed.status).toBe(201);
    const { orderId } = (await placed.json()) as { orderId: string };
    const placedAt = mock.backend.clock.now();

    const first = await main.listJson();
    expect(first.list[0]?.orderId).toBe(orderId);
    let detail = await main.detailJson(orderId);
    expect(detail).toMatchObject({ status: 'payment-pending', authorizedDate: null });
    expect(detail.storePreferencesData?.currencyCode).toBe('EUR');

    await seller.advanceClock(PAYMENT_APPROVAL_MS);
    detail = await main.detailJson(orderId);
    expect(detail.status).toBe('payment-approved');
    expect(Date.parse(detail.authorizedDate ?? '')).toBe(placedAt + PAYMENT_APPROVAL_MS);

    await seller.advanceClock(APPROVAL_TO_WINDOW_MS);
    detail = await main.detailJson(orderId);
    expect(detail.status).toBe('window-to-cancel');
    expect(detail.allowCancellation).toBe(true);

    await seller.advanceClock(30 * MINUTE);
    expect((await main.detailJson(orderId)).status).toBe('ready-for-handling');
  });

  test('belongs to the shopper it was placed for', async () => {
    const { orderId } = (await (await seller.placeOrder({ shopper: 'second' })).json()) as { orderId: string };
    expect((await mock.shopper('second').detail(orderId)).status).toBe(200);
    expect((await main.detail(orderId)).status).toBe(404);
  });
});
