/**
 * The list filters, and whether a row satisfies them. A real store may ignore the filters
 * (VTEX documents them for B2B buyers only), so the API layer checks each page with this and
 * the view filters loaded rows on the client when the server did not (docs/domain.md, "Decisions for the edges").
 */
import type { OrderSummary } from './order.ts';

export interface OrderFilter {
  /** Raw VTEX statuses; a row matches any of them. */
  status?: readonly string[];
  text?: string;
  creationDate?: { from?: Date | null; to?: Date | null };
}

export function hasActiveFilter(filter: OrderFilter): boolean {
  return Boolean(
    (filter.status && filter.status.length > 0) ||
      filter.text?.trim() ||
      filter.creationDate?.from ||
      filter.creationDate?.to,
  );
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesText(summary: OrderSummary, text: string): boolean {
  // The store searches fields the list does not carry (PO numbers, contact data); a row whose
  // items are unknown gets the benefit of the doubt rather than being hidden.
  if (summary.items === null) return true;
  const needle = fold(text);
  const haystack = [
    summary.orderId,
    summary.clientName,
    summary.paymentNames,
    ...summary.items.map((item) => item.name),
  ];
  return haystack.some((field) => field !== null && fold(field).includes(needle));
}

function matchesDate(summary: OrderSummary, range: NonNullable<OrderFilter['creationDate']>): boolean {
  const time = summary.creationDate?.getTime();
  // An unreadable date cannot prove the row is outside the range.
  if (time === undefined || !Number.isFinite(time)) return true;
  const from = range.from?.getTime();
  const to = range.to?.getTime();
  if (from !== undefined && Number.isFinite(from) && time < from) return false;
  if (to !== undefined && Number.isFinite(to) && time > to) return false;
  return true;
}

export function matchesOrderFilter(summary: OrderSummary, filter: OrderFilter): boolean {
  if (filter.status && filter.status.length > 0) {
    const wanted = filter.status.map((status) => status.toLowerCase());
    if (!wanted.includes(summary.status.toLowerCase())) return false;
  }
  const text = filter.text?.trim();
  if (text && !matchesText(summary, text)) return false;
  if (filter.creationDate && !matchesDate(summary, filter.creationDate)) return false;
  return true;
}
