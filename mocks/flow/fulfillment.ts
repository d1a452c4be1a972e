/** The seller's fulfillment steps: start handling, invoices (full or partial) and tracking. */
import { isoDate } from '../dates.ts';
import { mintReceipt } from '../ids.ts';
import type { OrderRecord, PackageRecord, TrackingEventRecord } from '../model.ts';
import type { FlowContext } from './cancellation.ts';
import { badRequest, ERROR_CODES, FlowError } from './errors.ts';
import { invoicedValue } from './transitions.ts';

export function startHandling(order: OrderRecord, context: FlowContext): void {
  if (order.status !== 'ready-for-handling') {
    throw new FlowError(
      409,
      ERROR_CODES.wrongStatus,
      'Order status should be ready-for-handling to perform this action',
    );
  }
  order.status = 'handling';
  order.lastChange = context.now;
}

export interface InvoiceInput {
  type: 'Output' | 'Input';
  issuanceDate: string;
  invoiceNumber: string;
  invoiceValue: number;
  items: Array<{ id: string; quantity: number; price: number }>;
  courier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  invoiceUrl: string | null;
}

const INVOICEABLE = new Set<OrderRecord['status']>(['ready-for-handling', 'start-handling', 'handling', 'invoice']);

function packageItems(order: OrderRecord, input: InvoiceInput): PackageRecord['items'] {
  return input.items.map((line) => {
    const itemIndex = order.items.findIndex((item) => item.skuId === line.id);
    if (itemIndex < 0) throw badRequest(`Item ${line.id} is not in order ${order.orderId}`);
    return { itemIndex, quantity: line.quantity, price: line.price };
  });
}

/** Returns the package's receipt. Output invoices that reach the order's value make it `invoiced`. */
export function addInvoice(order: OrderRecord, input: InvoiceInput, context: FlowContext): string {
  if (order.status === 'canceled' || order.status === 'cancel') {
    throw new FlowError(409, ERROR_CODES.wrongStatus, 'Canceled orders cannot be invoiced');
  }
  if (input.type === 'Input' && order.status !== 'invoiced') {
    throw new FlowError(409, ERROR_CODES.wrongStatus, 'Return invoices need a fully invoiced order');
  }
  if (input.type === 'Output' && !INVOICEABLE.has(order.status)) {
    throw new FlowError(409, ERROR_CODES.wrongStatus, `Order status ${order.status} cannot be invoiced`);
  }
  const items = packageItems(order, input);
  const existing = order.packages.find((p) => p.invoiceNumber === input.invoiceNumber && p.type === input.type);
  const others = input.type === 'Output' ? invoicedValue(order) - (existing?.invoiceValue ?? 0) : 0;
  if (input.type === 'Output' && others + input.invoiceValue > order.value) {
    throw badRequest(`Invoices would exceed the order value of ${order.value}`);
  }
  const receipt = mintReceipt(context.prng);
  const pkg: PackageRecord = {
    type: input.type,
    invoiceNumber: input.invoiceNumber,
    invoiceValue: input.invoiceValue,
    invoiceUrl: input.invoiceUrl,
    issuanceDate: input.issuanceDate,
    courier: input.courier,
    trackingNumber: input.trackingNumber,
    trackingUrl: input.trackingUrl,
    items,
    courierStatus: existing?.courierStatus ?? null,
    receipt,
  };
  if (existing) order.packages[order.packages.indexOf(existing)] = pkg;
  else order.packages.push(pkg);
  if (input.type === 'Output' && invoicedValue(order) >= order.value) {
    order.status = 'invoiced';
    order.invoicedDate = context.now;
  }
  order.lastChange = context.now;
  return receipt;
}

export interface TrackingInput {
  isDelivered: boolean;
  deliveredDate: string | null;
  events: TrackingEventRecord[];
}

export function updateTracking(
  order: OrderRecord,
  invoiceNumber: string,
  input: TrackingInput,
  context: FlowContext,
): string {
  const pkg = order.packages.find((p) => p.invoiceNumber === invoiceNumber);
  if (!pkg)
    throw new FlowError(
      400,
      ERROR_CODES.unknownInvoice,
      `Invoice ${invoiceNumber} not found in order ${order.orderId}`,
    );
  pkg.courierStatus = {
    finished: input.isDelivered,
    deliveredDate: input.isDelivered ? (input.deliveredDate ?? isoDate(context.now, order.dateStyle)) : null,
    data: input.events,
  };
  pkg.receipt = mintReceipt(context.prng);
  order.lastChange = context.now;
  return pkg.receipt;
}
