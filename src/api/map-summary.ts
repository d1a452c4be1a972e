/** A row of `GET /api/oms/user/orders` -> OrderSummary. Rows without an orderId are unusable. */
import type { OrderSummary, OrderSummaryItem } from '../domain/index.ts';
import { parseIsoDate, stageOfStatus } from '../domain/index.ts';
import type { JsonRecord } from './read.ts';
import { mapRecords, readCents, readCount, readId, readText } from './read.ts';

/** `{orderGroup}-{NN}`: the purchase id without the per-seller suffix. */
export function orderGroupOf(orderId: string): string | null {
  const match = /^(.+)-\d+$/.exec(orderId);
  return match?.[1] ?? null;
}

export function linePrice(unitPrice: number | null, quantity: number | null): number | null {
  return unitPrice === null || quantity === null ? null : unitPrice * quantity;
}

function toSummaryItem(record: JsonRecord): OrderSummaryItem {
  const unitPrice = readCents(record.sellingPrice) ?? readCents(record.price);
  const quantity = readCount(record.quantity);
  return {
    skuId: readId(record.id),
    productId: readId(record.productId),
    name: readText(record.description) ?? readText(record.name),
    quantity,
    sellerId: readId(record.seller),
    unitPrice,
    linePrice: linePrice(unitPrice, quantity),
  };
}

/** @returns null for a row the list cannot show (not an object's worth of order). */
export function toOrderSummary(record: JsonRecord): OrderSummary | null {
  const orderId = readText(record.orderId);
  if (orderId === null) return null;
  const status = readText(record.status) ?? '';
  return {
    orderId,
    orderGroup: readText(record.orderGroup) ?? orderGroupOf(orderId),
    status,
    stage: stageOfStatus(status),
    creationDate: parseIsoDate(record.creationDate),
    clientName: readText(record.clientName),
    totalValue: readCents(record.totalValue),
    totalItems: readCount(record.totalItems),
    currencyCode: readText(record.currencyCode),
    paymentNames: readText(record.paymentNames),
    items: Array.isArray(record.items) ? mapRecords(record.items, toSummaryItem).values : null,
    shippingEstimatedDate: parseIsoDate(record.ShippingEstimatedDate ?? record.shippingEstimatedDate),
    deliveredDate: null,
  };
}
