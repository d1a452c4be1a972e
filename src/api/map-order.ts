/**
 * `GET /api/oms/user/orders/{orderId}` -> Order. Validation at the boundary: anything that is
 * not an object with an orderId is a bad response; single unusable entries (an item that is not
 * an object, a payment without a value...) are dropped and counted in `omittedEntries`.
 */
import type {
  Cancellation,
  CancellationActor,
  CancellationRequest,
  Order,
  OrderItem,
  OrderTotal,
  OrderTotalKind,
  Payment,
} from '../domain/index.ts';
import { packagesDelivered, parseIsoDate, safeHttpUrl, stageOfStatus } from '../domain/index.ts';
import { OrdersApiError } from './errors.ts';
import { toDelivery, toPackages } from './map-fulfillment.ts';
import { linePrice, orderGroupOf } from './map-summary.ts';
import type { JsonRecord } from './read.ts';
import { isRecord, mapRecords, readArray, readCents, readCount, readId, readRecord, readText } from './read.ts';
import { pick, readFlag } from './read-order-fields.ts';

const TOTAL_KINDS: Record<string, OrderTotalKind> = {
  items: 'items',
  discounts: 'discounts',
  shipping: 'shipping',
  tax: 'tax',
  change: 'change',
};

function toTotal(record: JsonRecord): OrderTotal | null {
  const id = readText(record.id);
  const value = readCents(record.value);
  if (id === null || value === null) return null;
  return { kind: TOTAL_KINDS[id.toLowerCase()] ?? 'other', id, name: readText(record.name), value };
}

function toItem(record: JsonRecord, sellers: ReadonlyMap<string, string>, storeOrigin: string | null): OrderItem {
  const unitPrice = readCents(record.sellingPrice) ?? readCents(record.price);
  const quantity = readCount(record.quantity);
  const sellerId = readId(record.seller);
  return {
    uniqueId: readText(record.uniqueId),
    skuId: readId(record.id),
    productId: readId(record.productId),
    name: readText(record.name),
    quantity,
    sellerId,
    sellerName: sellerId === null ? null : (sellers.get(sellerId) ?? null),
    unitPrice,
    listPrice: readCents(record.listPrice),
    linePrice: linePrice(unitPrice, quantity),
    imageUrl: safeHttpUrl(record.imageUrl, storeOrigin),
    detailUrl: safeHttpUrl(record.detailUrl, storeOrigin),
    isGift: readFlag(record.isGift) === true,
    measurementUnit: readText(record.measurementUnit),
  };
}

function toSellers(value: unknown): ReadonlyMap<string, string> {
  const sellers = new Map<string, string>();
  for (const entry of readArray(value)) {
    const record = readRecord(entry);
    const id = record && readId(record.id);
    const name = record && readText(record.name);
    if (id && name) sellers.set(id, name);
  }
  return sellers;
}

/** Bank slips hold a literal `{Installment}`: the installment number, 1 when unknown. */
function paymentUrl(value: unknown, installments: number | null, storeOrigin: string | null): string | null {
  if (typeof value !== 'string') return null;
  const installment = installments !== null && installments > 0 ? installments : 1;
  return safeHttpUrl(value.replace(/\{installment\}/gi, String(installment)), storeOrigin);
}

function toPayment(record: JsonRecord, storeOrigin: string | null): Payment {
  const installments = readCount(record.installments);
  return {
    method: readText(record.paymentSystemName),
    group: readText(record.group),
    value: readCents(record.value),
    installments,
    lastDigits: readText(record.lastDigits),
    url: paymentUrl(record.url, installments, storeOrigin),
    dueDate: parseIsoDate(record.dueDate),
  };
}

function toPayments(paymentData: unknown, storeOrigin: string | null): { payments: Payment[]; omitted: number } {
  const payments: Payment[] = [];
  let omitted = 0;
  for (const transaction of readArray(readRecord(paymentData)?.transactions)) {
    // An inactive transaction was replaced (the shopper changed payment): not what was paid.
    if (!isRecord(transaction) || readFlag(transaction.isActive) === false) continue;
    const mapped = mapRecords(transaction.payments, (record) => toPayment(record, storeOrigin));
    payments.push(...mapped.values);
    omitted += mapped.omitted;
  }
  return { payments, omitted };
}

const ACTORS: ReadonlyArray<[CancellationActor, string, string]> = [
  ['shopper', 'RequestedByUser', 'requestedByUser'],
  ['seller', 'RequestedBySellerNotification', 'requestedBySellerNotification'],
  ['payment', 'RequestedByPaymentNotification', 'requestedByPaymentNotification'],
  ['system', 'RequestedBySystem', 'requestedBySystem'],
];

/** `cancellationData`, PascalCase (real responses) or camelCase (newer docs). */
export function toCancellation(value: unknown): Cancellation | null {
  const record = readRecord(value);
  if (record === null) return null;
  const requestedBy = ACTORS.find(([, pascal, camel]) => pick(record, pascal, camel) === true)?.[0] ?? null;
  const reason = readText(pick(record, 'Reason', 'reason'));
  const rawDate = pick(record, 'CancellationDate', 'cancellationDate');
  if (requestedBy === null && reason === null && rawDate === undefined) return null;
  return { requestedBy, reason, date: parseIsoDate(rawDate) };
}

function toCancellationRequest(record: JsonRecord): CancellationRequest | null {
  const id = readId(record.id);
  if (id === null) return null;
  return {
    id,
    reason: readText(record.reason),
    requestedAt: parseIsoDate(record.cancellationRequestDate),
    requestedByUser: readFlag(record.requestedByUser) === true,
    denied: readFlag(record.deniedBySeller) === true,
    deniedReason: readText(record.deniedBySellerReason),
    deniedAt: parseIsoDate(record.cancellationRequestDenyDate),
  };
}

export function toOrder(json: unknown, storeOrigin: string | null): Order {
  if (!isRecord(json)) throw new OrdersApiError('bad-response', { detail: 'order detail is not an object' });
  const orderId = readText(json.orderId);
  if (orderId === null) throw new OrdersApiError('bad-response', { detail: 'order detail has no orderId' });

  const status = readText(json.status) ?? '';
  const sellers = toSellers(json.sellers);
  const totals = mapRecords(json.totals, toTotal);
  const items = mapRecords(json.items, (record) => toItem(record, sellers, storeOrigin));
  const { delivery, omitted: omittedLogistics } = toDelivery(json.shippingData);
  const { payments, omitted: omittedPayments } = toPayments(json.paymentData, storeOrigin);
  const { packages, omitted: omittedPackages } = toPackages(json.packageAttachment, storeOrigin);
  const requests = mapRecords(json.cancellationRequests, toCancellationRequest);
  const store = readRecord(json.storePreferencesData);

  return {
    orderId,
    orderGroup: readText(json.orderGroup) ?? orderGroupOf(orderId),
    sequence: readId(json.sequence),
    status,
    stage: stageOfStatus(status, packagesDelivered(packages)),
    creationDate: parseIsoDate(json.creationDate),
    lastChange: parseIsoDate(json.lastChange),
    authorizedDate: parseIsoDate(json.authorizedDate),
    invoicedDate: parseIsoDate(json.invoicedDate),
    value: readCents(json.value),
    totals: totals.values,
    items: items.values,
    sellers,
    delivery,
    payments,
    packages,
    allowCancellation: readFlag(json.allowCancellation) === true,
    cancellation: toCancellation(json.cancellationData),
    cancelReason: readText(json.cancelReason),
    cancellationRequests: requests.values,
    currencyCode: readText(store?.currencyCode),
    locale: readText(readRecord(json.clientPreferencesData)?.locale),
    salesChannel: readId(json.salesChannel),
    omittedEntries:
      totals.omitted + items.omitted + omittedLogistics + omittedPayments + omittedPackages + requests.omitted,
  };
}
