import type { Order, OrderPackage } from '../../../src/domain/index.ts';
import { packagesDelivered, stageOfStatus } from '../../../src/domain/index.ts';

/** A plain order detail for domain tests; `stage` follows `status` unless given. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  const base: Order = {
    orderId: '1000000000001-01',
    orderGroup: '1000000000001',
    sequence: '500001',
    status: 'handling',
    stage: 'preparing',
    creationDate: new Date('2026-06-01T10:00:00Z'),
    lastChange: null,
    authorizedDate: new Date('2026-06-01T10:05:00Z'),
    invoicedDate: null,
    value: 10_000,
    totals: [],
    items: [],
    sellers: new Map([['1', 'Lux Store']]),
    delivery: null,
    payments: [],
    packages: [],
    allowCancellation: false,
    cancellation: null,
    cancelReason: null,
    cancellationRequests: [],
    currencyCode: 'BRL',
    locale: 'pt-BR',
    salesChannel: '1',
    omittedEntries: 0,
  };
  const order = { ...base, ...overrides };
  if (!('stage' in overrides)) order.stage = stageOfStatus(order.status, packagesDelivered(order.packages));
  return order;
}

export function makePackage(overrides: Partial<OrderPackage> = {}): OrderPackage {
  return {
    type: 'output',
    invoiceNumber: 'NF-1',
    invoiceValue: 10_000,
    invoiceUrl: null,
    issuanceDate: new Date('2026-06-03T12:00:00Z'),
    courier: 'Correios',
    trackingNumber: 'BR123',
    trackingUrl: null,
    items: [{ itemIndex: 0, quantity: 1 }],
    events: [],
    delivered: false,
    deliveredDate: null,
    ...overrides,
  };
}
