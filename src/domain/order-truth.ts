/**
 * One truth for an order across list and detail: a list row is what the list said when it was
 * read; an order's detail read after that is newer, and knows more (delivery). The row then shows
 * what the detail says, never less and never more.
 */
import type { Order, OrderSummary } from './order.ts';
import { deliveredOn } from './packages.ts';

/** The row as the detail, read after the list, tells it: status, stage and delivery. */
export function rowFromDetail(row: OrderSummary, detail: Order): OrderSummary {
  return { ...row, status: detail.status, stage: detail.stage, deliveredDate: deliveredOn(detail.packages) };
}
