import { describe, expect, test } from 'vitest';
import type { OrderSummary } from '../../../src/domain/index.ts';
import { hasActiveFilter, matchesOrderFilter } from '../../../src/domain/index.ts';

const row = (overrides: Partial<OrderSummary> = {}): OrderSummary => ({
  orderId: 'v502556llux-01',
  orderGroup: 'v502556llux',
  status: 'handling',
  stage: 'preparing',
  creationDate: new Date('2026-03-10T12:00:00Z'),
  clientName: 'Cunha VTEX',
  totalValue: 1160,
  totalItems: 1,
  currencyCode: 'BRL',
  paymentNames: 'Boleto Bancário',
  items: [
    { skuId: '1', productId: '1', name: 'Mangueira Filtro', quantity: 1, sellerId: '1', unitPrice: 1, linePrice: 1 },
  ],
  shippingEstimatedDate: null,
  deliveredDate: null,
  ...overrides,
});

describe('matchesOrderFilter', () => {
  test('no filter matches everything', () => {
    expect(hasActiveFilter({})).toBe(false);
    expect(hasActiveFilter({ status: [], text: '  ' })).toBe(false);
    expect(matchesOrderFilter(row(), {})).toBe(true);
  });

  test('status: any of the listed raw statuses', () => {
    expect(matchesOrderFilter(row(), { status: ['invoiced', 'handling'] })).toBe(true);
    expect(matchesOrderFilter(row(), { status: ['invoiced'] })).toBe(false);
  });

  test('creation date range, inclusive', () => {
    const from = new Date('2026-03-10T12:00:00Z');
    expect(matchesOrderFilter(row(), { creationDate: { from } })).toBe(true);
    expect(matchesOrderFilter(row(), { creationDate: { from: new Date('2026-03-11T00:00:00Z') } })).toBe(false);
    expect(matchesOrderFilter(row(), { creationDate: { to: new Date('2026-03-01T00:00:00Z') } })).toBe(false);
  });

  test('an unreadable creation date cannot prove a row is outside the range', () => {
    expect(matchesOrderFilter(row({ creationDate: null }), { creationDate: { from: new Date() } })).toBe(true);
  });

  test('text: order id, client, payment and item names, ignoring case and accents', () => {
    expect(matchesOrderFilter(row(), { text: '502556' })).toBe(true);
    expect(matchesOrderFilter(row(), { text: 'boleto bancario' })).toBe(true);
    expect(matchesOrderFilter(row(), { text: 'FILTRO' })).toBe(true);
    expect(matchesOrderFilter(row(), { text: 'bicycle' })).toBe(false);
  });

  test('text on a row without items gets the benefit of the doubt', () => {
    expect(matchesOrderFilter(row({ items: null }), { text: 'bicycle' })).toBe(true);
  });
});
