/**
 * The order as the shopper's view needs it, after validation at the API boundary.
 *
 * Every value VTEX may omit, null or garble is typed as nullable here, so the view has to say
 * "unavailable" instead of inventing a value. Money is integer cents; dates are `Date | null`
 * (null when missing or unparseable, never an Invalid Date).
 */
import type { OrderStage } from './order-stage.ts';

/** Integer minor units (VTEX sends every amount in cents). */
export type Cents = number;

/** A list row: only what `GET /api/oms/user/orders` carries (no images, sellers as ids). */
export interface OrderSummary {
  orderId: string;
  /** The purchase this order belongs to: `{orderGroup}-{NN}`, one suffix per seller. */
  orderGroup: string | null;
  /** Raw VTEX status; decides the display. */
  status: string;
  stage: OrderStage;
  creationDate: Date | null;
  clientName: string | null;
  totalValue: Cents | null;
  totalItems: number | null;
  /** Null on old orders: format with the store currency option, else as a plain number. */
  currencyCode: string | null;
  paymentNames: string | null;
  /** Null when the list did not carry items (VTEX sends `items: null` on many rows). */
  items: OrderSummaryItem[] | null;
  shippingEstimatedDate: Date | null;
  /** When every package arrived: only an order's detail knows it (the list carries no courier data). */
  deliveredDate: Date | null;
}

export interface OrderSummaryItem {
  skuId: string | null;
  productId: string | null;
  name: string | null;
  quantity: number | null;
  sellerId: string | null;
  unitPrice: Cents | null;
  linePrice: Cents | null;
}

/** The order detail (`GET /api/oms/user/orders/{orderId}`). */
export interface Order {
  orderId: string;
  orderGroup: string | null;
  sequence: string | null;
  status: string;
  stage: OrderStage;
  creationDate: Date | null;
  lastChange: Date | null;
  /** Payment approval: the grace period starts here. */
  authorizedDate: Date | null;
  invoicedDate: Date | null;
  value: Cents | null;
  totals: OrderTotal[];
  items: OrderItem[];
  /** Seller id -> seller name (a Map: ids are untrusted keys). */
  sellers: ReadonlyMap<string, string>;
  delivery: Delivery | null;
  payments: Payment[];
  packages: OrderPackage[];
  /** The server's word on whether the cancel action may be offered; false when missing. */
  allowCancellation: boolean;
  /** Filled when the order was canceled, or as history on an order that is not canceled. */
  cancellation: Cancellation | null;
  cancelReason: string | null;
  cancellationRequests: CancellationRequest[];
  currencyCode: string | null;
  /** The shopper's locale at purchase (`clientPreferencesData.locale`). */
  locale: string | null;
  salesChannel: string | null;
  /** Entries (items, payments, packages, ...) dropped because they were unusable. */
  omittedEntries: number;
}

export type OrderTotalKind = 'items' | 'discounts' | 'shipping' | 'tax' | 'change' | 'other';

export interface OrderTotal {
  kind: OrderTotalKind;
  /** VTEX's id as sent (`Items`, `Discounts`, ...). */
  id: string;
  /** VTEX's label, in the store's language: a fallback for kind `other`. */
  name: string | null;
  value: Cents;
}

export interface OrderItem {
  uniqueId: string | null;
  skuId: string | null;
  productId: string | null;
  name: string | null;
  quantity: number | null;
  sellerId: string | null;
  sellerName: string | null;
  /** Price paid per unit (selling price, else price). */
  unitPrice: Cents | null;
  /** Price before discounts, for a struck-through "was" price. */
  listPrice: Cents | null;
  linePrice: Cents | null;
  /** Only http(s); null otherwise. */
  imageUrl: string | null;
  /** Only http(s), relative paths resolved against the store origin; null otherwise. */
  detailUrl: string | null;
  isGift: boolean;
  measurementUnit: string | null;
}

export interface Address {
  addressType: string | null;
  receiverName: string | null;
  street: string | null;
  number: string | null;
  complement: string | null;
  neighborhood: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
  reference: string | null;
}

export interface Delivery {
  /** The shipping address (for pickup orders VTEX often holds the pickup point's address). */
  address: Address | null;
  /** Items grouped by how they travel: one group per channel/SLA/pickup point/estimate. */
  groups: DeliveryGroup[];
}

export type DeliveryChannel = 'delivery' | 'pickup' | 'other';

export interface DeliveryGroup {
  channel: DeliveryChannel;
  slaName: string | null;
  itemIndexes: number[];
  estimateDate: Date | null;
  /** `'5bd'` -> { amount: 5, unit: 'business-days' }; null when absent or unreadable. */
  estimate: ShippingEstimate | null;
  pickupPoint: PickupPoint | null;
}

export interface ShippingEstimate {
  amount: number;
  unit: 'business-days' | 'days' | 'hours' | 'minutes';
}

export interface PickupPoint {
  name: string | null;
  address: Address | null;
  additionalInfo: string | null;
}

export interface Payment {
  /** `paymentSystemName`, e.g. "Boleto Bancário", "Visa". */
  method: string | null;
  /** VTEX group: `creditCard`, `bankInvoice`, `instantPayment`, `giftCard`, ... */
  group: string | null;
  value: Cents | null;
  installments: number | null;
  lastDigits: string | null;
  /** Provider link (the bank slip for `bankInvoice`), `{Installment}` substituted; http(s) only. */
  url: string | null;
  dueDate: Date | null;
}

export type PackageType = 'output' | 'input' | 'other';

export interface OrderPackage {
  /** `output` is an invoice sent to the shopper; `input` a return. */
  type: PackageType;
  invoiceNumber: string | null;
  invoiceValue: Cents | null;
  invoiceUrl: string | null;
  issuanceDate: Date | null;
  courier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  items: Array<{ itemIndex: number; quantity: number }>;
  events: TrackingEvent[];
  delivered: boolean;
  deliveredDate: Date | null;
}

export interface TrackingEvent {
  city: string | null;
  state: string | null;
  description: string | null;
  date: Date | null;
}

/** Who asked for the cancellation recorded in `cancellationData`. */
export type CancellationActor = 'shopper' | 'seller' | 'payment' | 'system';

export interface Cancellation {
  requestedBy: CancellationActor | null;
  reason: string | null;
  date: Date | null;
}

export interface CancellationRequest {
  id: string;
  reason: string | null;
  requestedAt: Date | null;
  requestedByUser: boolean;
  denied: boolean;
  deniedReason: string | null;
  deniedAt: Date | null;
}
