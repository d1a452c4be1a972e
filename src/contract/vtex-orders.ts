/**
 * The contract between the seller's system and the widget: VTEX Orders API JSON as it crosses
 * the network. Both sides import it: the mock (`mocks/`, the seller's side) writes these
 * shapes; the widget's client (`src/api/`) reads the same names, but out of unknown JSON,
 * since every field may be missing or null in real data.
 *
 * These are what VTEX sends (its OpenAPI, kept in tests/contract/vtex/) narrowed to the
 * fields this project reads or the mock must emit. See docs/domain.md, "The order JSON".
 *
 * Money is integer cents. Dates are ISO 8601 strings with an offset (0-7 fractional digits).
 */

export type WireNullable<T> = T | null;

/** `GET /api/oms/user/orders` */
export interface WireOrderList {
  list: WireOrderListItem[];
  facets: unknown[];
  paging: WirePaging;
  stats: { stats: { totalValue: WireStat; totalItems: WireStat } };
}

export interface WirePaging {
  total: number;
  pages: number;
  currentPage: number;
  perPage: number;
}

export interface WireStat {
  Count: number;
  Max: number;
  Mean: number;
  Min: number;
  Missing: number;
  StdDev: number;
  Sum: number;
  SumOfSquares: number;
  Facets: Record<string, unknown>;
}

export interface WireOrderListItem {
  orderId: string;
  creationDate: string;
  clientName: string;
  items: WireNullable<WireListItemProduct[]>;
  totalValue: number;
  paymentNames: WireNullable<string>;
  status: string;
  statusDescription: string;
  marketPlaceOrderId: WireNullable<string>;
  sequence: string;
  salesChannel: string;
  affiliateId: string;
  origin: string;
  workflowInErrorState: boolean;
  workflowInRetry: boolean;
  lastMessageUnread: WireNullable<string>;
  ShippingEstimatedDate: WireNullable<string>;
  ShippingEstimatedDateMax: WireNullable<string>;
  ShippingEstimatedDateMin: WireNullable<string>;
  orderIsComplete: boolean;
  listId: WireNullable<string>;
  listType: WireNullable<string>;
  authorizedDate: WireNullable<string>;
  callCenterOperatorName: WireNullable<string>;
  totalItems: number;
  currencyCode: WireNullable<string>;
}

/** VTEX's `Item2`: a list row's product, thin (no image, seller as id). */
export interface WireListItemProduct {
  seller: string;
  quantity: number;
  description: string;
  ean: WireNullable<string>;
  refId: WireNullable<string>;
  id: string;
  productId: string;
  sellingPrice: number;
  price: number;
}

/** `GET /api/oms/user/orders/{orderId}`: the fields we read, plus an open index for the rest. */
export interface WireOrderDetail {
  orderId: string;
  orderGroup: WireNullable<string>;
  sequence: WireNullable<string>;
  status: string;
  statusDescription: WireNullable<string>;
  creationDate: string;
  lastChange: WireNullable<string>;
  authorizedDate: WireNullable<string>;
  invoicedDate: WireNullable<string>;
  value: number;
  totals: WireNullable<WireTotal[]>;
  allowCancellation: boolean;
  cancelReason: WireNullable<string>;
  cancellationData: WireNullable<WireCancellationData>;
  cancellationRequests: WireNullable<WireCancellationRequest[]>;
  items: WireNullable<WireItem[]>;
  sellers: WireNullable<WireSeller[]>;
  shippingData: WireNullable<WireShippingData>;
  paymentData: WireNullable<WirePaymentData>;
  packageAttachment: WireNullable<{ packages: WirePackage[] }>;
  storePreferencesData: WireNullable<WireStorePreferences>;
  clientPreferencesData: WireNullable<{ locale: WireNullable<string>; optinNewsLetter?: WireNullable<boolean> }>;
  salesChannel?: WireNullable<string>;
  isCompleted?: WireNullable<boolean>;
  [other: string]: unknown;
}

export type WireTotalId = 'Items' | 'Discounts' | 'Shipping' | 'Tax' | 'Change' | (string & {});

export interface WireTotal {
  id: WireTotalId;
  name: string;
  value: number;
}

/** PascalCase in real responses; newer docs show camelCase. Readers accept both. */
export interface WireCancellationData {
  RequestedByUser: boolean;
  RequestedBySystem: boolean;
  RequestedBySellerNotification: boolean;
  RequestedByPaymentNotification: boolean;
  Reason: WireNullable<string>;
  CancellationDate: WireNullable<string>;
}

export interface WireCancellationRequest {
  id: string;
  reason: string;
  cancellationRequestDate: string;
  requestedByUser: boolean;
  deniedBySeller: boolean;
  deniedBySellerReason: WireNullable<string>;
  cancellationRequestDenyDate: WireNullable<string>;
}

export interface WireItem {
  uniqueId: string;
  id: string;
  productId: string;
  name: string;
  quantity: number;
  seller: string;
  price: number;
  listPrice: number;
  sellingPrice: number;
  imageUrl: WireNullable<string>;
  detailUrl: WireNullable<string>;
  isGift: boolean;
  measurementUnit: WireNullable<string>;
  [other: string]: unknown;
}

export interface WireSeller {
  id: string;
  name: string;
  logo?: WireNullable<string>;
  fulfillmentEndpoint?: WireNullable<string>;
}

export interface WireAddress {
  addressType: WireNullable<string>;
  receiverName: WireNullable<string>;
  street: WireNullable<string>;
  number: WireNullable<string>;
  complement: WireNullable<string>;
  neighborhood: WireNullable<string>;
  city: WireNullable<string>;
  state: WireNullable<string>;
  postalCode: WireNullable<string>;
  country: WireNullable<string>;
  reference?: WireNullable<string>;
  [other: string]: unknown;
}

export interface WirePickupStoreInfo {
  additionalInfo: WireNullable<string>;
  address: WireNullable<WireAddress | string>;
  dockId: WireNullable<string>;
  friendlyName: WireNullable<string>;
  isPickupStore: boolean;
}

export type WireDeliveryChannel = 'delivery' | 'pickup-in-point' | (string & {});

export interface WireLogisticsInfo {
  itemIndex: number;
  selectedSla: WireNullable<string>;
  deliveryChannel: WireNullable<WireDeliveryChannel>;
  shippingEstimate: WireNullable<string>;
  shippingEstimateDate: WireNullable<string>;
  pickupStoreInfo: WireNullable<WirePickupStoreInfo>;
  [other: string]: unknown;
}

export interface WireShippingData {
  address: WireNullable<WireAddress>;
  logisticsInfo: WireNullable<WireLogisticsInfo[]>;
  [other: string]: unknown;
}

export interface WirePayment {
  id?: WireNullable<string>;
  paymentSystem?: WireNullable<string>;
  paymentSystemName: WireNullable<string>;
  group: WireNullable<string>;
  value: number;
  installments: WireNullable<number>;
  lastDigits: WireNullable<string>;
  /** Bank slip link; may hold a literal `{Installment}` placeholder. */
  url: WireNullable<string>;
  dueDate?: WireNullable<string>;
  [other: string]: unknown;
}

export interface WirePaymentData {
  transactions: WireNullable<
    Array<{
      isActive?: boolean;
      transactionId?: string;
      payments: WireNullable<WirePayment[]>;
      [other: string]: unknown;
    }>
  >;
  [other: string]: unknown;
}

export interface WireTrackingEvent {
  city: WireNullable<string>;
  state: WireNullable<string>;
  description: WireNullable<string>;
  date: WireNullable<string>;
}

export interface WireCourierStatus {
  finished: boolean;
  deliveredDate: WireNullable<string>;
  data: WireNullable<WireTrackingEvent[]>;
  status?: WireNullable<string>;
}

export interface WirePackage {
  type: WireNullable<'Output' | 'Input' | (string & {})>;
  invoiceNumber: WireNullable<string>;
  invoiceValue: number;
  invoiceUrl: WireNullable<string>;
  issuanceDate: WireNullable<string>;
  courier: WireNullable<string>;
  trackingNumber: WireNullable<string>;
  trackingUrl: WireNullable<string>;
  items: WireNullable<Array<{ itemIndex: number; quantity: number; price?: number }>>;
  courierStatus: WireNullable<WireCourierStatus>;
}

export interface WireStorePreferences {
  countryCode: WireNullable<string>;
  currencyCode: WireNullable<string>;
  currencySymbol: WireNullable<string>;
  timeZone: WireNullable<string>;
  currencyLocale?: WireNullable<number>;
  currencyFormatInfo?: unknown;
}

/** `POST /api/checkout/pub/orders/{orderId}/user-cancel-request` */
export interface WireUserCancelRequestBody {
  reason: string;
}

/** Our decision for the mock; the widget must not depend on it (it re-reads the order). */
export interface WireUserCancelRequestResponse {
  orderId: string;
  status: 'cancel' | 'canceled' | 'cancellation-requested';
  cancellationRequestId: WireNullable<string>;
}

/** Seller-side receipts (`cancel`, `invoice`). */
export interface WireReceipt {
  date: string;
  orderId: string;
  receipt: string;
}

export interface WireErrorBody {
  error: { code: string; message: string; exception: unknown };
}
