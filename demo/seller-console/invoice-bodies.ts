/**
 * Bodies of the seller's invoice and tracking calls, built from the order's summary (values)
 * and its detail (SKU ids, prices, the events a package already has).
 */

import type { MockOrderSummary } from '../../mocks/index.ts';
import type { WireOrderDetail, WireTrackingEvent } from '../../src/contract/vtex-orders.ts';
import type { InvoiceBody, TrackingBody } from '../seller-api.ts';

export type InvoiceScope = 'full' | 'first-item';

/** An invoice number the order does not have yet (numbers are per order). */
export function nextInvoiceNumber(order: MockOrderSummary): string {
  const base = order.orderId.replace(/-\d+$/, '').slice(-6);
  for (let n = order.invoiceNumbers.length + 1; ; n += 1) {
    const candidate = `NFe-${base}-${n}`;
    if (!order.invoiceNumbers.includes(candidate)) return candidate;
  }
}

/**
 * `full` invoices every item for what is left of the order's value (items, shipping and all);
 * `first-item` invoices the first item's lines only, leaving the order partially invoiced.
 * Null when the detail lists no items.
 */
export function invoiceBody(
  order: MockOrderSummary,
  detail: WireOrderDetail,
  scope: InvoiceScope,
  issuanceDate: string,
): InvoiceBody | null {
  const items = (detail.items ?? []).map((item) => ({
    id: item.id,
    quantity: item.quantity,
    price: item.sellingPrice,
  }));
  const first = items[0];
  if (!first) return null;
  const lines = scope === 'full' ? items : [first];
  const value = scope === 'full' ? order.value - order.invoicedValue : first.price * first.quantity;
  return {
    type: 'Output',
    issuanceDate,
    invoiceNumber: nextInvoiceNumber(order),
    invoiceValue: String(value),
    items: lines,
    courier: 'Demo Courier',
    trackingNumber: `TRK${Date.parse(issuanceDate) || 0}`,
  };
}

/** The events a package already has: VTEX's tracking call replaces them, so they are resent. */
export function existingEvents(detail: WireOrderDetail, invoiceNumber: string): WireTrackingEvent[] {
  const pkg = (detail.packageAttachment?.packages ?? []).find((candidate) => candidate.invoiceNumber === invoiceNumber);
  return [...(pkg?.courierStatus?.data ?? [])];
}

export interface NewTrackingEvent {
  city: string;
  state: string;
  description: string;
}

export function trackingBody(
  detail: WireOrderDetail,
  invoiceNumber: string,
  event: NewTrackingEvent,
  at: string,
): TrackingBody {
  return { isDelivered: false, events: [...existingEvents(detail, invoiceNumber), { ...event, date: at }] };
}

export function deliveredBody(detail: WireOrderDetail, invoiceNumber: string, at: string): TrackingBody {
  return { isDelivered: true, deliveredDate: at, events: existingEvents(detail, invoiceNumber) };
}
