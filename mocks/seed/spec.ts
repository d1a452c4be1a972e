/** What a fixture order is, before the builder turns it into a record. */
import type { BuyerKey, CurrencyCode, OrderStatus, PaymentGroup } from '../model.ts';

export interface RequestSpec {
  state: 'pending' | 'accepted' | 'denied';
  /** How long before now the shopper asked. */
  ago: number;
  previousStatus: OrderStatus;
  reason: string;
  /** For `denied`: the seller's words, given `deniedAfter` ms after the request. */
  deniedReason?: string;
  deniedAfter?: number;
}

export interface CancellationSpec {
  /** `deadline`: the platform canceled a request the seller left unanswered for 30 days. */
  by: 'user' | 'system' | 'seller' | 'payment' | 'deadline';
  /** How long before now the order was canceled. */
  ago: number;
  reason: string;
}

export interface OrderSpec {
  shopper: BuyerKey;
  status: OrderStatus;
  currency: CurrencyCode;
  /** How long before now the order was placed. */
  createdAgo: number;
  /** Payment approval after placement; `null` = never approved; absent = a few minutes if the status implies it. */
  approvedAfter?: number | null;
  channel?: 'delivery' | 'pickup-in-point';
  payment?: PaymentGroup;
  sellerId?: string;
  /** Orders sharing a key form one split purchase: one orderGroup, suffixes -01, -02 in order. */
  splitKey?: string;
  itemCount?: number;
  incomplete?: boolean;
  listItemsNull?: boolean;
  listCurrencyNull?: boolean;
  gift?: boolean;
  invoice?: 'partial' | 'full';
  tracking?: 'in-transit' | 'delivered';
  request?: RequestSpec;
  cancellation?: CancellationSpec;
  /** For status `cancel`: when the write finishes, from now. */
  cancelCompletesIn?: number;
}

/** Statuses that exist only after the payment was approved. */
export const PAID_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'payment-approved',
  'window-to-cancel',
  'ready-for-handling',
  'start-handling',
  'handling',
  'invoice',
  'invoiced',
  'cancellation-requested',
]);
