import { describe, expect, test } from 'vitest';
import type { OrderStage } from '../../../src/domain/index.ts';
import { KNOWN_STATUSES, packagesDelivered, stageOfStatus } from '../../../src/domain/index.ts';

// Every status docs/domain.md, "Statuses" names, with the stage a shopper should see.
const EXPECTED: Array<[string, OrderStage]> = [
  ['order-created', 'placed'],
  ['order-completed', 'placed'],
  ['on-order-completed', 'placed'],
  ['order-accepted', 'placed'],
  ['waiting-for-authorization', 'pending-approval'],
  ['payment-pending', 'payment-pending'],
  ['approve-payment', 'payment-approved'],
  ['payment-approved', 'payment-approved'],
  ['payment-denied', 'payment-denied'],
  ['window-to-cancel', 'preparing'],
  ['ready-for-handling', 'preparing'],
  ['start-handling', 'preparing'],
  ['handling', 'preparing'],
  ['invoice', 'preparing'],
  ['invoice-after-cancellation-deny', 'preparing'],
  ['authorize-fulfillment', 'preparing'],
  ['invoiced', 'shipped'],
  ['request-cancel', 'cancellation-requested'],
  ['waiting-for-seller-decision', 'cancellation-requested'],
  ['cancellation-requested', 'cancellation-requested'],
  ['cancel', 'cancellation-requested'],
  ['canceled', 'canceled'],
  ['replaced', 'replaced'],
  ['order-create-error', 'creation-error'],
];

describe('stageOfStatus', () => {
  test.each(EXPECTED)('%s -> %s', (status, stage) => {
    expect(stageOfStatus(status)).toBe(stage);
    expect(KNOWN_STATUSES).toContain(status);
  });

  test.each(['', 'brand-new-status', 'HANDLING?', '   '])(
    'an unheard-of status %j is unknown, never a crash',
    (status) => {
      expect(stageOfStatus(status)).toBe('unknown');
    },
  );

  test('case and surrounding spaces do not matter', () => {
    expect(stageOfStatus(' Invoiced ')).toBe('shipped');
  });

  test('only an invoiced order becomes delivered', () => {
    expect(stageOfStatus('invoiced', true)).toBe('delivered');
    expect(stageOfStatus('handling', true)).toBe('preparing');
    expect(stageOfStatus('canceled', true)).toBe('canceled');
  });
});

describe('packagesDelivered', () => {
  test('needs at least one outgoing package, all of them delivered', () => {
    expect(packagesDelivered([])).toBe(false);
    expect(packagesDelivered([{ type: 'output', delivered: true }])).toBe(true);
    expect(
      packagesDelivered([
        { type: 'output', delivered: true },
        { type: 'output', delivered: false },
      ]),
    ).toBe(false);
    expect(packagesDelivered([{ type: 'input', delivered: true }])).toBe(false);
    expect(
      packagesDelivered([
        { type: 'output', delivered: true },
        { type: 'input', delivered: false },
      ]),
    ).toBe(true);
  });
});
