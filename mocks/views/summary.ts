/** `GET /_mock/orders`: every order in one line each, for the demo's seller console. */
import { isoDate, RECEIPT_DATE_STYLE } from '../dates.ts';
import { gracePeriodEnd, REQUEST_DEADLINE_MS } from '../flow/settle.ts';
import { invoicedValue } from '../flow/transitions.ts';
import { cancellationVerdict } from '../flow/verdict.ts';
import type { BuyerKey, CurrencyCode, OrderRecord, OrderStatus } from '../model.ts';
import { STORES } from '../seed/stores.ts';
import type { MockSettings } from '../types.ts';

export interface MockOrderSummary {
  orderId: string;
  orderGroup: string;
  shopper: BuyerKey;
  sellerId: string;
  status: OrderStatus;
  statusDescription: string;
  creationDate: string;
  authorizedDate: string | null;
  /** When the grace period ends (only while the order is in it). */
  gracePeriodEndsAt: string | null;
  currencyCode: CurrencyCode;
  value: number;
  invoicedValue: number;
  isCompleted: boolean;
  allowCancellation: boolean;
  itemNames: string[];
  invoiceNumbers: string[];
  pendingCancellationRequest: {
    id: string;
    reason: string;
    requestedByUser: boolean;
    requestedAt: string;
    /** The platform cancels the order if the seller has not answered by then. */
    deadline: string;
  } | null;
}

export function summaryView(order: OrderRecord, settings: MockSettings): MockOrderSummary {
  const at = (ms: number): string => isoDate(ms, RECEIPT_DATE_STYLE);
  const pending = order.cancellationRequests.find((request) => request.state === 'pending');
  const windowEnd = gracePeriodEnd(order, settings);
  return {
    orderId: order.orderId,
    orderGroup: order.orderGroup,
    shopper: order.shopper,
    sellerId: order.sellerId,
    status: order.status,
    statusDescription: STORES[order.currency].statusDescriptions[order.status],
    creationDate: at(order.creationDate),
    authorizedDate: order.authorizedDate === null ? null : at(order.authorizedDate),
    gracePeriodEndsAt: order.status === 'window-to-cancel' && windowEnd !== null ? at(windowEnd) : null,
    currencyCode: order.currency,
    value: order.value,
    invoicedValue: invoicedValue(order),
    isCompleted: order.isCompleted,
    allowCancellation: cancellationVerdict(order).allowed,
    itemNames: order.items.map((item) => item.name),
    invoiceNumbers: order.packages.map((pkg) => pkg.invoiceNumber),
    pendingCancellationRequest: pending
      ? {
          id: pending.id,
          reason: pending.reason,
          requestedByUser: pending.requestedByUser,
          requestedAt: at(pending.requestedAt),
          deadline: at(pending.requestedAt + REQUEST_DEADLINE_MS),
        }
      : null,
  };
}
