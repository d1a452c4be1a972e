import { describe, expect, test } from 'vitest';
import type { CancellationRequest, TimelineEntry } from '../../../src/domain/index.ts';
import { buildTimeline } from '../../../src/domain/index.ts';
import { makeOrder, makePackage } from './order-fixture.ts';

const shape = (entries: TimelineEntry[]) =>
  entries.map((entry) =>
    entry.kind === 'cancellation-request' ? `request:${entry.outcome}` : `${entry.kind}:${entry.state}`,
  );

const request = (overrides: Partial<CancellationRequest> = {}): CancellationRequest => ({
  id: 'req-1',
  reason: 'Bought by mistake',
  requestedAt: new Date('2026-06-01T11:00:00Z'),
  requestedByUser: true,
  denied: false,
  deniedReason: null,
  deniedAt: null,
  ...overrides,
});

describe('buildTimeline: progress', () => {
  test('payment pending: placed done, payment in progress, the rest ahead', () => {
    const order = makeOrder({ status: 'payment-pending', authorizedDate: null });
    expect(shape(buildTimeline(order))).toEqual([
      'placed:done',
      'payment:current',
      'preparing:upcoming',
      'shipped:upcoming',
      'delivered:upcoming',
    ]);
  });

  test('preparing carries the known dates: placed at creation, payment at approval', () => {
    const [placed, payment, preparing] = buildTimeline(makeOrder({ status: 'handling' }));
    expect(placed).toEqual({ kind: 'placed', state: 'done', date: new Date('2026-06-01T10:00:00Z') });
    expect(payment).toEqual({ kind: 'payment', state: 'done', date: new Date('2026-06-01T10:05:00Z') });
    expect(preparing).toEqual({ kind: 'preparing', state: 'current', date: null });
  });

  test('shipped and not delivered: shipping is the current step, dated by the invoice, else the first invoice issued', () => {
    const issued = new Date('2026-06-03T12:00:00Z');
    const entries = buildTimeline(makeOrder({ status: 'invoiced', packages: [makePackage({ issuanceDate: issued })] }));
    expect(shape(entries)).toEqual([
      'placed:done',
      'payment:done',
      'preparing:done',
      'shipped:current',
      'delivered:upcoming',
    ]);
    expect(entries[3]).toMatchObject({ kind: 'shipped', date: issued });
  });

  test('one package delivered, another still travelling: not delivered yet', () => {
    const order = makeOrder({
      status: 'invoiced',
      packages: [makePackage({ delivered: true, deliveredDate: new Date('2026-06-05T09:00:00Z') }), makePackage()],
    });
    expect(shape(buildTimeline(order)).slice(3)).toEqual(['shipped:current', 'delivered:upcoming']);
  });

  test('delivered: every step done, with the latest delivery date', () => {
    const first = new Date('2026-06-05T09:00:00Z');
    const last = new Date('2026-06-06T09:00:00Z');
    const order = makeOrder({
      status: 'invoiced',
      packages: [
        makePackage({ delivered: true, deliveredDate: last }),
        makePackage({ delivered: true, deliveredDate: first }),
      ],
    });
    const entries = buildTimeline(order);
    expect(shape(entries).every((step) => step.endsWith(':done'))).toBe(true);
    expect(entries.at(-1)).toEqual({ kind: 'delivered', state: 'done', date: last });
  });

  test('payment denied: the payment step failed and nothing follows it', () => {
    expect(shape(buildTimeline(makeOrder({ status: 'payment-denied', authorizedDate: null })))).toEqual([
      'placed:done',
      'payment:failed',
    ]);
  });

  test('unparseable dates are null (shown as unavailable) and do not change the order of steps', () => {
    const order = makeOrder({
      status: 'invoiced',
      creationDate: null,
      authorizedDate: null,
      packages: [makePackage({ issuanceDate: null })],
    });
    const entries = buildTimeline(order);
    expect(shape(entries)).toEqual([
      'placed:done',
      'payment:done',
      'preparing:done',
      'shipped:current',
      'delivered:upcoming',
    ]);
    expect(entries.slice(0, 4).map((entry) => ('date' in entry ? entry.date : undefined))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  test('an unknown status shows only what the data proves', () => {
    expect(shape(buildTimeline(makeOrder({ status: 'brand-new-status' })))).toEqual(['placed:done', 'payment:done']);
  });
});

describe('buildTimeline: cancellation', () => {
  test('a pending request: after payment, the order paused', () => {
    const entries = buildTimeline(makeOrder({ status: 'cancellation-requested', cancellationRequests: [request()] }));
    expect(shape(entries)).toEqual([
      'placed:done',
      'payment:done',
      'request:pending',
      'preparing:upcoming',
      'shipped:upcoming',
      'delivered:upcoming',
    ]);
  });

  test('a denied request keeps the seller reason and date; the order goes on', () => {
    const deniedAt = new Date('2026-06-02T08:00:00Z');
    const order = makeOrder({
      status: 'handling',
      cancellationRequests: [request({ denied: true, deniedReason: 'Already packed', deniedAt })],
    });
    const entries = buildTimeline(order);
    expect(shape(entries)).toEqual([
      'placed:done',
      'payment:done',
      'request:denied',
      'preparing:current',
      'shipped:upcoming',
      'delivered:upcoming',
    ]);
    expect(entries[2]).toEqual({
      kind: 'cancellation-request',
      requestId: 'req-1',
      requestedAt: new Date('2026-06-01T11:00:00Z'),
      reason: 'Bought by mistake',
      requestedByUser: true,
      outcome: 'denied',
      decidedAt: deniedAt,
      sellerReason: 'Already packed',
    });
  });

  test('a denied request stays before shipping once the order ships', () => {
    const order = makeOrder({
      status: 'invoiced',
      packages: [makePackage()],
      cancellationRequests: [request({ denied: true })],
    });
    expect(shape(buildTimeline(order))).toEqual([
      'placed:done',
      'payment:done',
      'preparing:done',
      'request:denied',
      'shipped:current',
      'delivered:upcoming',
    ]);
  });

  test('approved: the request, then "canceled" with who asked, why and when; later steps dropped', () => {
    const canceledAt = new Date('2026-06-02T10:00:00Z');
    const order = makeOrder({
      status: 'canceled',
      cancellation: { requestedBy: 'shopper', reason: 'Bought by mistake', date: canceledAt },
      cancellationRequests: [request({ denied: true, deniedReason: 'No' }), request({ id: 'req-2' })],
    });
    const entries = buildTimeline(order);
    expect(shape(entries)).toEqual([
      'placed:done',
      'payment:done',
      'request:denied',
      'request:approved',
      'canceled:done',
    ]);
    expect(entries[3]).toMatchObject({ requestId: 'req-2', decidedAt: canceledAt });
    expect(entries.at(-1)).toEqual({
      kind: 'canceled',
      state: 'done',
      date: canceledAt,
      requestedBy: 'shopper',
      reason: 'Bought by mistake',
    });
  });

  test('canceled before payment, with an unparseable cancellation date', () => {
    const order = makeOrder({
      status: 'canceled',
      authorizedDate: null,
      cancellation: { requestedBy: 'payment', reason: null, date: null },
      cancelReason: 'Payment not received',
    });
    expect(buildTimeline(order)).toEqual([
      { kind: 'placed', state: 'done', date: new Date('2026-06-01T10:00:00Z') },
      { kind: 'canceled', state: 'done', date: null, requestedBy: 'payment', reason: 'Payment not received' },
    ]);
  });

  test('status "cancel" (being canceled inside the grace period): the request is approved and canceling is in progress', () => {
    const entries = buildTimeline(makeOrder({ status: 'cancel', cancellationRequests: [request()] }));
    expect(shape(entries)).toEqual(['placed:done', 'payment:done', 'request:approved', 'canceled:current']);
  });

  test('cancellationData on an order that is not canceled is history, not a "canceled" step', () => {
    const order = makeOrder({
      status: 'handling',
      cancellation: { requestedBy: 'shopper', reason: 'Too big', date: null },
    });
    expect(shape(buildTimeline(order))).not.toContain('canceled:done');
  });
});
