/**
 * Why the cancel action is not offered. `allowCancellation` alone decides whether to offer it
 * (the seller's system owns the rules); this only explains a `false` to the shopper.
 */
import type { Order } from './order.ts';

export type NotCancellableReason =
  | 'invoiced'
  | 'partially-invoiced'
  | 'canceled'
  | 'request-pending'
  | 'not-at-this-step';

export type CancellabilityFacts = Pick<
  Order,
  'allowCancellation' | 'status' | 'stage' | 'value' | 'packages' | 'cancellationRequests'
>;

/** Sum of outgoing invoices, in cents. */
export function invoicedAmount(order: Pick<Order, 'packages'>): number {
  return order.packages.filter((pkg) => pkg.type === 'output').reduce((sum, pkg) => sum + (pkg.invoiceValue ?? 0), 0);
}

/** The request still waiting for the seller, if any (none once the order is canceled). */
export function pendingCancellationRequest(order: Pick<Order, 'stage' | 'cancellationRequests'>) {
  if (order.stage === 'canceled') return null;
  const latest = order.cancellationRequests.at(-1);
  return latest && !latest.denied ? latest : null;
}

export function whyNotCancellable(order: CancellabilityFacts): NotCancellableReason | null {
  if (order.allowCancellation) return null;
  if (order.stage === 'canceled') return 'canceled';
  if (order.stage === 'shipped' || order.stage === 'delivered') return 'invoiced';
  if (order.stage === 'cancellation-requested' || pendingCancellationRequest(order)) return 'request-pending';
  const invoiced = invoicedAmount(order);
  if (invoiced > 0) {
    return order.value !== null && invoiced >= order.value ? 'invoiced' : 'partially-invoiced';
  }
  return 'not-at-this-step';
}
