import { describe, expect, test } from 'vitest';
import { whyNotCancellable } from '../../../src/domain/index.ts';
import { makeOrder, makePackage } from './order-fixture.ts';

const pending = {
  id: 'r1',
  reason: 'Too late',
  requestedAt: null,
  requestedByUser: true,
  denied: false,
  deniedReason: null,
  deniedAt: null,
};
const denied = { ...pending, denied: true, deniedReason: 'Already packed', deniedAt: new Date('2026-06-02T00:00:00Z') };

describe('whyNotCancellable', () => {
  test('says nothing when the server allows cancellation, whatever the rest says', () => {
    expect(whyNotCancellable(makeOrder({ allowCancellation: true, status: 'invoiced' }))).toBeNull();
  });

  test('canceled orders', () => {
    expect(whyNotCancellable(makeOrder({ status: 'canceled' }))).toBe('canceled');
  });

  test('invoiced and delivered orders', () => {
    expect(whyNotCancellable(makeOrder({ status: 'invoiced', packages: [makePackage()] }))).toBe('invoiced');
    expect(whyNotCancellable(makeOrder({ status: 'invoiced', packages: [makePackage({ delivered: true })] }))).toBe(
      'invoiced',
    );
  });

  test('partially invoiced: outgoing invoices add up to less than the order value', () => {
    const order = makeOrder({ status: 'handling', value: 10_000, packages: [makePackage({ invoiceValue: 4_000 })] });
    expect(whyNotCancellable(order)).toBe('partially-invoiced');
  });

  test('returns (input invoices) do not count as invoicing', () => {
    const order = makeOrder({ status: 'handling', packages: [makePackage({ type: 'input', invoiceValue: 4_000 })] });
    expect(whyNotCancellable(order)).toBe('not-at-this-step');
  });

  test('invoices covering the whole value while the status lags behind read as invoiced', () => {
    const order = makeOrder({
      status: 'invoice',
      value: 10_000,
      packages: [makePackage({ invoiceValue: 6_000 }), makePackage({ invoiceValue: 4_000 })],
    });
    expect(whyNotCancellable(order)).toBe('invoiced');
  });

  test('a request waiting for the seller', () => {
    expect(whyNotCancellable(makeOrder({ status: 'cancellation-requested', cancellationRequests: [pending] }))).toBe(
      'request-pending',
    );
    expect(whyNotCancellable(makeOrder({ status: 'handling', cancellationRequests: [pending] }))).toBe(
      'request-pending',
    );
  });

  test('a denied request is not pending', () => {
    expect(whyNotCancellable(makeOrder({ status: 'handling', cancellationRequests: [denied] }))).toBe(
      'not-at-this-step',
    );
  });

  test('automatic steps and unknown statuses', () => {
    expect(whyNotCancellable(makeOrder({ status: 'order-created' }))).toBe('not-at-this-step');
    expect(whyNotCancellable(makeOrder({ status: 'some-future-status' }))).toBe('not-at-this-step');
  });
});
