/**
 * Waiting for the seller is bounded: under fake timers kept in step with the mock's clock, an
 * hour with a request pending sends a bounded number of reads of the order (counted at the
 * mock), then the shopper is told the widget stopped checking, when it last read the order,
 * and offered Check again, which reads it once and watches again. A decision arriving first
 * ends the polling; a hidden page sends nothing and its time does not count.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  afterWindow,
  cancelSection,
  dialogOf,
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

/** No `time-zone` option: dates are in the shopper's own zone, São Paulo here (UTC-3 all year). */
const SHOPPER_OFFSET = -3;
beforeEach(() => {
  vi.stubEnv('TZ', 'America/Sao_Paulo');
});

const MINUTE = 60_000;
/** Reads at 5 s x 1.5 up to 5 minutes apart, for 30 minutes on screen: 14 of them. */
const READS_PER_WATCH = 14;

const pendingOrder = () => pick(details, (o) => o.status === 'cancellation-requested', 'has a pending request');
const detailReads = (orderId: string) => requestsTo(backend, 'detail').filter((r) => r.orderId === orderId);
const stampOf = (at: number) => expectedDateTime(new Date(at).toISOString(), SHOPPER_OFFSET, 'en');

async function openPending(order: WireOrderDetail, phase = 'Cancellation requested') {
  signIn('main');
  const clock = useSteppedClock(backend);
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const { host, root, view } = renderWidget({ locale: 'en' });
  const events = recordCancelEvents(host);
  await openOrderNow(view, user, order.orderId);
  expect(sectionLines(view)[0]).toBe(phase);
  /** Moves both clocks a second at a time, so each read's answer is handled before the next timer is due. */
  async function wait(ms: number): Promise<void> {
    for (let left = ms; left > 0; left -= 1_000) await clock.advance(Math.min(1_000, left));
  }
  return { user, view, events, wait, focused: () => (root as unknown as ShadowRoot).activeElement };
}

/** Lets what a click started (a read and its answer) finish without moving time. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await vi.advanceTimersByTimeAsync(0);
}

const checkAgainButton = (view: Parameters<typeof cancelSection>[0]) =>
  within(cancelSection(view)).queryByRole('button', { name: 'Check again' });

describe('an hour waiting for the seller', () => {
  it('reads the order a bounded number of times, then says it stopped, when it last read, and offers Check again', async () => {
    const order = pendingOrder();
    const { view, wait } = await openPending(order);
    const opened = detailReads(order.orderId).length;

    // Nothing is offered while the widget is still watching.
    await wait(10 * MINUTE);
    expect(checkAgainButton(view)).toBeNull();

    await wait(50 * MINUTE);
    const polls = detailReads(order.orderId)
      .slice(opened)
      .map((read) => read.at);
    expect(polls).toHaveLength(READS_PER_WATCH);
    // All of them inside the first 30 minutes, the gaps growing to at most 5 minutes.
    const [first = 0] = polls;
    const last = polls.at(-1) ?? 0;
    expect(last - (first - 5_000)).toBeLessThanOrEqual(30 * MINUTE);
    const gaps = polls.slice(1).map((at, index) => at - (polls[index] ?? 0));
    expect(Math.max(...gaps)).toBe(5 * MINUTE);

    expect(sectionLines(view)).toContain(`We stopped checking for the decision. Updated ${stampOf(last)}`);
    expect(checkAgainButton(view)).not.toBeNull();

    // Stopped means stopped: the page hidden and shown again reads nothing; the shopper asks.
    setPageVisible(false);
    setPageVisible(true);
    await settle();
    expect(detailReads(order.orderId).slice(opened)).toHaveLength(READS_PER_WATCH);
  });

  it('Check again sends one read and shows the decision the seller took meanwhile', async () => {
    const order = pendingOrder();
    const { user, view, events, wait, focused } = await openPending(order);
    await wait(60 * MINUTE);
    const button = checkAgainButton(view);
    expect(button).not.toBeNull();

    expect((await sellerPost(order.orderId, 'cancel', { reason: 'Approved' })).status).toBe(200);
    const approvedAt = expectedDateTime(new Date(backend.clock.now()).toISOString(), SHOPPER_OFFSET, 'en');
    const before = detailReads(order.orderId).length;
    await user.click(button as HTMLElement);
    await settle();

    expect(detailReads(order.orderId).length).toBe(before + 1);
    expect(sectionLines(view)[0]).toBe(`Canceled on ${approvedAt}.`);
    expect(liveText(view)).toContain(`The store approved canceling order ${order.orderId}.`);
    expect(events.map((event) => [event.type, event.detail])).toEqual([
      ['my-orders:cancel-decided', { orderId: order.orderId, outcome: 'approved' }],
    ]);
    expect(checkAgainButton(view)).toBeNull();
    // The shopper stays on the section (the button is gone).
    expect(focused()).toBe(cancelSection(view).querySelector('.cancel-body'));

    // Canceled: nothing left to watch.
    await wait(60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 1);
  });

  it('Check again with no decision yet: one read now, then a new bounded watch', async () => {
    const order = pendingOrder();
    const { user, view, wait } = await openPending(order);
    await wait(60 * MINUTE);
    const before = detailReads(order.orderId).length;

    await user.click(checkAgainButton(view) as HTMLElement);
    await settle();
    expect(detailReads(order.orderId).length).toBe(before + 1);
    expect(sectionLines(view)[0]).toBe('Cancellation requested');
    expect(checkAgainButton(view)).toBeNull();

    await wait(60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 1 + READS_PER_WATCH);
    expect(checkAgainButton(view)).not.toBeNull();
  });
});

describe('a decision before the bound', () => {
  it('denied after ten minutes: shown at the next read, and no read after it', async () => {
    const order = pendingOrder();
    const requestId = order.cancellationRequests?.at(-1)?.id;
    const { view, wait } = await openPending(order);
    await wait(10 * MINUTE);
    const denyReason = 'Already shipped.';
    const denied = await sellerPost(order.orderId, 'deny-cancellation-request', {
      cancellationRequestId: requestId,
      denyReason,
    });
    expect(denied.status).toBe(200);
    const before = detailReads(order.orderId).length;

    await wait(5 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 1);
    expect(sectionLines(view)[1]).toBe(`Store’s reason: ${denyReason}`);
    expect(liveText(view)).toContain(`The store denied canceling order ${order.orderId}. Reason: ${denyReason}`);

    await wait(60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 1);
    expect(checkAgainButton(view)).toBeNull();
  });
});

describe('a hidden page', () => {
  it('sends nothing while hidden, its time does not count, and showing it reads once at once', async () => {
    const order = pendingOrder();
    const { view, wait } = await openPending(order);
    await wait(20 * MINUTE);
    const before = detailReads(order.orderId).length;

    setPageVisible(false);
    await wait(2 * 60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before);

    setPageVisible(true);
    await settle();
    expect(detailReads(order.orderId).length).toBe(before + 1);
    // Twenty minutes on screen so far: the watch goes on.
    expect(checkAgainButton(view)).toBeNull();
    await wait(5 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 2);
  });
});

describe('after the shopper asks to cancel', () => {
  /** Sends a request for an order past its window, through the dialog; returns the reads before the POST. */
  async function requestCancellation(order: WireOrderDetail) {
    const opened = await openPending(order, 'Instant cancellation is over: the store must now approve.');
    const { user, view } = opened;
    await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
    await settle();
    const dialog = dialogOf(view);
    await user.click(within(dialog).getByRole('radio', { name: 'Delivery takes too long' }));
    const before = detailReads(order.orderId).length;
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));
    await settle();
    return { ...opened, before };
  }

  it('requested: the read that confirms it, then the bounded watch, and nothing more in an hour', async () => {
    const order = pick(details, afterWindow, 'is past the window');
    const { view, wait, before } = await requestCancellation(order);
    expect(sectionLines(view)[0]).toBe('Cancellation requested');
    expect(detailReads(order.orderId).length).toBe(before + 1);

    await wait(60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 1 + READS_PER_WATCH);
    expect(checkAgainButton(view)).not.toBeNull();
  });

  it('answered with an empty 200 and not written: the confirming reads over a few seconds, then none', async () => {
    const order = pick(details, afterWindow, 'is past the window');
    backend.faults.set('user-cancel-request', { kind: 'empty-body' });
    const { view, wait, before } = await requestCancellation(order);
    await wait(10_000);
    expect(within(dialogOf(view)).getByRole('alert').textContent).toContain('We could not confirm your cancellation');
    // At once, then after 0.5, 1.5 and 3 s (the store's write lag).
    expect(detailReads(order.orderId).length).toBe(before + 4);

    await wait(60 * MINUTE);
    expect(detailReads(order.orderId).length).toBe(before + 4);
  });
});
