/**
 * Domain.md section 1, rules 1 and 3: after the grace period a request waits for the seller,
 * who approves, denies (the order goes back, the request is kept) or lets 30 days pass.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { WireCancellationRequest } from '../../../src/contract/vtex-orders.ts';
import { findOrder, startMock } from './helpers.ts';

const DAY = 86_400_000;
const mock = startMock();
const main = mock.shopper('main');
const seller = mock.seller;

beforeEach(() => mock.backend.reset());

async function mainOrderIn(status: string): Promise<string> {
  return (
    await findOrder(
      seller,
      (o) => o.shopper === 'main' && o.status === status && o.isCompleted && o.invoicedValue === 0,
    )
  ).orderId;
}

async function request(orderId: string, reason: string): Promise<string> {
  const response = await main.cancel(orderId, { reason });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { status: string; cancellationRequestId: string };
  expect(body.status).toBe('cancellation-requested');
  return body.cancellationRequestId;
}

function lastRequest(requests: WireCancellationRequest[] | null): WireCancellationRequest | undefined {
  return requests?.at(-1);
}

describe('a request after the grace period', () => {
  test.each(['ready-for-handling', 'handling'])(
    'from %s becomes cancellation-requested and is not offered again',
    async (status) => {
      const orderId = await mainOrderIn(status);
      const id = await request(orderId, 'Found it cheaper elsewhere');
      const detail = await main.detailJson(orderId);
      expect(detail.status).toBe('cancellation-requested');
      expect(detail.allowCancellation).toBe(false);
      expect(detail.cancellationData).toBeNull();
      expect(lastRequest(detail.cancellationRequests)).toMatchObject({
        id,
        reason: 'Found it cheaper elsewhere',
        requestedByUser: true,
        deniedBySeller: false,
        deniedBySellerReason: null,
        cancellationRequestDenyDate: null,
      });

      const again = await main.cancel(orderId, { reason: 'Please' });
      expect(again.status).toBe(409);
      expect(await again.json()).toEqual({
        error: { code: expect.any(String), message: expect.stringContaining('pending'), exception: null },
      });
    },
  );

  test('the seller console sees the pending request with its reason and 30-day deadline', async () => {
    const orderId = await mainOrderIn('handling');
    const id = await request(orderId, 'Wrong colour');
    const summary = await findOrder(seller, (o) => o.orderId === orderId);
    const now = mock.backend.clock.now();
    expect(summary.pendingCancellationRequest).toMatchObject({ id, reason: 'Wrong colour', requestedByUser: true });
    expect(Date.parse(summary.pendingCancellationRequest?.requestedAt ?? '')).toBe(now);
    expect(Date.parse(summary.pendingCancellationRequest?.deadline ?? '')).toBe(now + 30 * DAY);
  });
});

describe('the seller answers', () => {
  test('approving cancels the order through `cancel`, with the shopper as requester', async () => {
    await seller.settings({ writeLagMs: 1000 });
    const orderId = await mainOrderIn('ready-for-handling');
    await request(orderId, 'Delivery is too late');
    const response = await seller.cancel(orderId, { reason: 'Approved by the store' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      date: expect.any(String),
      orderId,
      receipt: expect.stringMatching(/^[0-9a-f]{32}$/),
    });

    expect((await main.detailJson(orderId)).status).toBe('cancel');
    await seller.advanceClock(1000);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('canceled');
    expect(detail.cancellationData).toMatchObject({ RequestedByUser: true, Reason: 'Delivery is too late' });
    expect(lastRequest(detail.cancellationRequests)?.deniedBySeller).toBe(false);
  });

  test.each(['ready-for-handling', 'handling'])(
    'denying sends a %s order back, keeping the request with the reason and date',
    async (status) => {
      const orderId = await mainOrderIn(status);
      const id = await request(orderId, 'Changed my mind');
      await seller.advanceClock(3_600_000);
      const response = await seller.deny(orderId, {
        cancellationRequestId: id,
        denyReason: 'Already packed and labelled',
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');

      const detail = await main.detailJson(orderId);
      expect(detail.status).toBe(status);
      expect(detail.allowCancellation).toBe(true);
      const denied = lastRequest(detail.cancellationRequests);
      expect(denied).toMatchObject({
        id,
        reason: 'Changed my mind',
        deniedBySeller: true,
        deniedBySellerReason: 'Already packed and labelled',
      });
      expect(Date.parse(denied?.cancellationRequestDenyDate ?? '')).toBe(mock.backend.clock.now());
    },
  );

  test('unanswered for 29 days the request still waits; at 30 days the platform cancels', async () => {
    const orderId = await mainOrderIn('handling');
    await request(orderId, 'No longer needed');
    const requestedAt = mock.backend.clock.now();
    await seller.advanceClock(29 * DAY);
    expect((await main.detailJson(orderId)).status).toBe('cancellation-requested');
    await seller.advanceClock(DAY);
    const detail = await main.detailJson(orderId);
    expect(detail.status).toBe('canceled');
    expect(detail.cancellationData).toMatchObject({ RequestedBySystem: true, Reason: 'No longer needed' });
    expect(Date.parse(detail.cancellationData?.CancellationDate ?? '')).toBe(requestedAt + 30 * DAY);
  });
});

describe("the seller's own cancel", () => {
  test('after the window takes two steps: the first opens a request, the second cancels', async () => {
    const orderId = await mainOrderIn('ready-for-handling');
    expect((await seller.cancel(orderId, { reason: 'Out of stock' })).status).toBe(200);
    const requested = await main.detailJson(orderId);
    expect(requested.status).toBe('cancellation-requested');
    expect(lastRequest(requested.cancellationRequests)).toMatchObject({
      reason: 'Out of stock',
      requestedByUser: false,
    });

    expect((await seller.cancel(orderId, { reason: 'Out of stock' })).status).toBe(200);
    const canceled = await main.detailJson(orderId);
    expect(canceled.status).toBe('canceled');
    expect(canceled.cancellationData).toMatchObject({
      RequestedByUser: false,
      RequestedBySellerNotification: true,
      Reason: 'Out of stock',
    });
  });

  test('inside the window cancels at once', async () => {
    const orderId = await mainOrderIn('window-to-cancel');
    expect((await seller.cancel(orderId, { reason: 'Fraud suspicion' })).status).toBe(200);
    expect((await main.detailJson(orderId)).status).toBe('canceled');
  });
});

describe('canceled is terminal', () => {
  test('nothing changes a canceled order: not the shopper, the seller, nor time', async () => {
    const orderId = await mainOrderIn('canceled');
    const before = await (await main.detail(orderId)).text();
    expect((await main.cancel(orderId, { reason: 'Again' })).status).toBe(409);
    expect((await seller.cancel(orderId, { reason: 'Again' })).status).toBe(409);
    expect((await seller.startHandling(orderId)).status).toBe(409);
    expect((await seller.deny(orderId, { cancellationRequestId: 'x', denyReason: 'No' })).status).toBe(400);
    const item = (await main.detailJson(orderId)).items?.[0];
    const invoice = {
      type: 'Output',
      issuanceDate: '2026-06-15T12:00:00Z',
      invoiceNumber: 'NFe-1',
      invoiceValue: '100',
      items: [{ id: item?.id, quantity: 1, price: 100 }],
    };
    expect((await seller.invoice(orderId, invoice)).status).toBe(409);
    await seller.advanceClock(400 * DAY);
    await seller.setClock(mock.backend.clock.now() - 400 * DAY);
    expect(await (await main.detail(orderId)).text()).toBe(before);
  });
});
