/**
 * What changes without the shopper, under fake timers kept in step with the mock's clock:
 * the seller's decision learned by polling (approved, denied with a reason), "Canceling"
 * turning into "Canceled", polling paused while the page is hidden, and the grace-window
 * countdown crossing its end (after which the server agrees: a request, not a cancel).
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  cancelSection,
  dialogOf,
  inWindow,
  liveText,
  openOrderNow,
  recordCancelEvents,
  requestsTo,
  sectionLines,
  sellerPost,
  setPageVisible,
  useSteppedClock,
} from './cancel-helpers.ts';
import { expectedDateTime, pick, useSeedDetails } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

afterEach(() => {
  vi.useRealTimers();
  setPageVisible(true);
});

/** No `time-zone` option: every date is in the shopper's own zone, São Paulo here (UTC-3 all year). */
const SHOPPER_OFFSET = -3;
beforeEach(() => {
  vi.stubEnv('TZ', 'America/Sao_Paulo');
});

const pendingOrder = () => pick(details, (o) => o.status === 'cancellation-requested', 'has a pending request');
const detailReads = () => requestsTo(backend, 'detail').length;
const nowIso = () => new Date(backend.clock.now()).toISOString();

async function openLive(order: WireOrderDetail) {
  signIn('main');
  const clock = useSteppedClock(backend);
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const { host, view } = renderWidget({ locale: 'en' });
  const events = recordCancelEvents(host);
  await openOrderNow(view, user, order.orderId);
  return { clock, user, view, events };
}

/** Lets requests started by a click finish (a POST and the re-read after it) without moving time. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await vi.advanceTimersByTimeAsync(0);
}

describe('the seller’s decision, learned without a reload', () => {
  it('approved: the next poll shows the order canceled and says so', async () => {
    const order = pendingOrder();
    const { clock, view, events } = await openLive(order);
    expect(sectionLines(view)[0]).toBe('Cancellation requested');
    const before = detailReads();

    expect((await sellerPost(order.orderId, 'cancel', { reason: 'Approved' })).status).toBe(200);
    await clock.advance(4_999);
    expect(detailReads()).toBe(before);
    expect(sectionLines(view)[0]).toBe('Cancellation requested');

    await clock.advance(1);
    expect(detailReads()).toBe(before + 1);
    expect(sectionLines(view)[0]).toBe(`Canceled on ${expectedDateTime(nowIso(), SHOPPER_OFFSET, 'en')}.`);
    expect(liveText(view)).toContain(`The store approved canceling order ${order.orderId}.`);
    expect(events.map((event) => [event.type, event.detail])).toEqual([
      ['my-orders:cancel-decided', { orderId: order.orderId, outcome: 'approved' }],
    ]);

    // Nothing left to wait for: polling stops.
    await clock.advance(5 * 60_000);
    expect(detailReads()).toBe(before + 1);
  });

  it('denied: shows and announces the seller’s reason, and offers cancel again', async () => {
    const order = pendingOrder();
    const requestId = order.cancellationRequests?.at(-1)?.id;
    const { clock, view, events } = await openLive(order);
    const denyReason = 'Your order has already left our warehouse.';
    const denied = await sellerPost(order.orderId, 'deny-cancellation-request', {
      cancellationRequestId: requestId,
      denyReason,
    });
    expect(denied.status).toBe(200);
    const deniedAt = expectedDateTime(nowIso(), SHOPPER_OFFSET, 'en');

    await clock.advance(5_000);
    expect(sectionLines(view)).toEqual([
      `The store denied the request on ${deniedAt}.`,
      `Store’s reason: ${denyReason}`,
      'Instant cancellation is over: the store must now approve.',
      'Cancel order',
    ]);
    expect(liveText(view)).toContain(`The store denied canceling order ${order.orderId}. Reason: ${denyReason}`);
    expect(events.map((event) => [event.type, event.detail])).toEqual([
      ['my-orders:cancel-decided', { orderId: order.orderId, outcome: 'denied', denyReason }],
    ]);
  });
});

describe('polling', () => {
  it('sends nothing while the page is hidden, one read at once when shown, then backs off', async () => {
    const { clock, user, view } = await openLive(pendingOrder());
    const before = detailReads();

    setPageVisible(false);
    await clock.advance(60_000);
    expect(detailReads()).toBe(before);

    setPageVisible(true);
    await settle();
    expect(detailReads()).toBe(before + 1);

    // 5 s x 1.5 after that read: 7.5 s, then 11.25 s.
    await clock.advance(7_499);
    expect(detailReads()).toBe(before + 1);
    await clock.advance(1);
    expect(detailReads()).toBe(before + 2);
    await clock.advance(11_249);
    expect(detailReads()).toBe(before + 2);
    await clock.advance(1);
    expect(detailReads()).toBe(before + 3);

    // Back to the list: the watch ends with the order.
    await user.click(view.getByRole('button', { name: 'Back to orders' }));
    await clock.advance(5 * 60_000);
    expect(detailReads()).toBe(before + 3);
  });
});

describe('cancel inside the window, written with a lag', () => {
  it('shows "Canceling", then "Canceled" at the next poll, announced both times', async () => {
    backend.settings.writeLagMs = 3_000;
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'BRL',
      'is inside the window, in BRL',
    );
    const { clock, user, view, events } = await openLive(order);
    await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
    await settle();
    const dialog = dialogOf(view);
    expect(dialog.open).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'I found a better price' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await settle();

    expect(dialog.open).toBe(false);
    expect(sectionLines(view)).toEqual([
      'Your order is being canceled.',
      'The refund goes to your original payment method. Card refunds can take up to two statements to show.',
    ]);
    expect(liveText(view)).toContain(`Order ${order.orderId} is being canceled.`);
    expect(events.map((event) => event.detail)).toEqual([
      { orderId: order.orderId, outcome: 'canceled', reason: 'I found a better price' },
    ]);

    const canceledAt = expectedDateTime(nowIso(), SHOPPER_OFFSET, 'en');
    await clock.advance(5_000);
    expect(sectionLines(view)[0]).toBe(`Canceled on ${canceledAt}.`);
    expect(liveText(view)).toContain(`Order ${order.orderId} is canceled.`);
  });
});

describe('the grace-window countdown', () => {
  it('counts down in server time while visible, words the end, and the server then takes a request', async () => {
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'USD',
      'is inside the window, in USD',
    );
    const { clock, user, view, events } = await openLive(order);
    const line = () => sectionLines(view)[0];
    expect(line()).toBe('10 minutes left to cancel right away; then the store must approve.');

    await clock.advance(9 * 60_000);
    expect(line()).toBe('1 minute left to cancel right away; then the store must approve.');
    await clock.advance(30_000);
    expect(line()).toBe('30 seconds left to cancel right away; then the store must approve.');

    // A hidden page does not tick; shown again, it catches up at once.
    setPageVisible(false);
    await clock.advance(10_000);
    expect(line()).toBe('30 seconds left to cancel right away; then the store must approve.');
    setPageVisible(true);
    await settle();
    expect(line()).toBe('20 seconds left to cancel right away; then the store must approve.');

    await clock.advance(20_000);
    expect(line()).toBe('Instant cancellation is over: the store must now approve.');

    await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
    await settle();
    const dialog = dialogOf(view);
    expect([...dialog.querySelectorAll('.cancel-consequence p')].map((line) => line.textContent)).toEqual([
      'Instant cancellation is over: the store must now approve.',
      'Once sent, a request cannot be withdrawn.',
    ]);
    await user.click(within(dialog).getByRole('radio', { name: 'Delivery takes too long' }));
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));
    await settle();

    expect(dialog.open).toBe(false);
    expect(sectionLines(view)[0]).toBe('Cancellation requested');
    expect(events.map((event) => event.detail)).toEqual([
      { orderId: order.orderId, outcome: 'requested', reason: 'Delivery takes too long' },
    ]);
  });
});
