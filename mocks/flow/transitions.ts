/** State changes shared by the shopper's, the seller's and the platform's paths. */
import type { CancellationRecord, OrderRecord } from '../model.ts';

/** `cancel` now, `canceled` once the write lag has passed (see settle). */
export function startCanceling(order: OrderRecord, cancellation: CancellationRecord, writeLagMs: number): void {
  order.status = 'cancel';
  order.cancellation = cancellation;
  order.cancelCompletesAt = cancellation.date + Math.max(0, writeLagMs);
  order.paymentApprovesAt = null;
  order.lastChange = cancellation.date;
}

export function invoicedValue(order: OrderRecord): number {
  return order.packages.filter((p) => p.type === 'Output').reduce((sum, p) => sum + p.invoiceValue, 0);
}
