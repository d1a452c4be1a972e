/**
 * The store's own records. Times are epoch ms of the mock clock; the views turn them into
 * VTEX's wire JSON. Money is integer cents and never changes once an order exists.
 */
import type { DateStyle } from './dates.ts';

export type ShopperKey = 'main' | 'second' | 'empty';
export type BuyerKey = Exclude<ShopperKey, 'empty'>;
export type CurrencyCode = 'BRL' | 'USD' | 'EUR';

/** The statuses the mock's flow moves through (docs/domain.md, "Statuses"). */
export type OrderStatus =
  | 'order-created'
  | 'payment-pending'
  | 'payment-approved'
  | 'payment-denied'
  | 'window-to-cancel'
  | 'ready-for-handling'
  | 'start-handling'
  | 'handling'
  | 'invoice'
  | 'invoiced'
  | 'cancellation-requested'
  | 'cancel'
  | 'canceled';

export interface ShopperRecord {
  key: ShopperKey;
  email: string;
  firstName: string;
  lastName: string;
  sessionToken: string;
  document: string;
  phone: string;
  userProfileId: string;
}

export interface AddressRecord {
  addressType: string;
  receiverName: string;
  addressId: string;
  postalCode: string;
  city: string;
  state: string;
  country: string;
  street: string;
  number: string;
  neighborhood: string;
  complement: string;
  reference: string | null;
  geoCoordinates: number[];
}

export interface PickupPointRecord {
  id: string;
  friendlyName: string;
  additionalInfo: string;
  address: AddressRecord;
}

export interface OrderItemRecord {
  uniqueId: string;
  skuId: string;
  productId: string;
  refId: string;
  ean: string | null;
  name: string;
  slug: string;
  imageUrl: string;
  brandName: string;
  brandId: string;
  categoriesIds: string;
  quantity: number;
  sellerId: string;
  price: number;
  listPrice: number;
  sellingPrice: number;
  isGift: boolean;
  measurementUnit: string;
}

export interface ShippingRecord {
  channel: 'delivery' | 'pickup-in-point';
  address: AddressRecord;
  pickupPoint: PickupPointRecord | null;
  slaName: string;
  shippingEstimate: string;
  estimateDate: number | null;
  courierName: string;
  /** The order's whole shipping price, spread over the items in the views. */
  price: number;
}

export type PaymentGroup = 'creditCard' | 'bankInvoice' | 'instantPayment' | 'payPal';

export interface PaymentRecord {
  id: string;
  transactionId: string;
  paymentSystem: string;
  paymentSystemName: string;
  group: PaymentGroup;
  installments: number;
  firstDigits: string | null;
  lastDigits: string | null;
  cardHolder: string | null;
  /** Bank slip link with VTEX's literal `{Installment}` placeholder. */
  url: string | null;
  dueDate: number | null;
  tid: string | null;
}

export interface TrackingEventRecord {
  city: string | null;
  state: string | null;
  description: string | null;
  date: string | null;
}

export interface PackageRecord {
  type: 'Output' | 'Input';
  invoiceNumber: string;
  invoiceValue: number;
  invoiceUrl: string | null;
  issuanceDate: string;
  courier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  items: Array<{ itemIndex: number; quantity: number; price: number }>;
  courierStatus: { finished: boolean; deliveredDate: string | null; data: TrackingEventRecord[] } | null;
  receipt: string;
}

export interface CancellationRequestRecord {
  id: string;
  reason: string;
  requestedAt: number;
  requestedByUser: boolean;
  /** `pending` waits for the seller; `accepted` was granted (window, approval, 30-day rule). */
  state: 'pending' | 'accepted' | 'denied';
  /** What a denial goes back to. */
  previousStatus: OrderStatus;
  deniedReason: string | null;
  deniedAt: number | null;
}

export interface CancellationRecord {
  byUser: boolean;
  bySystem: boolean;
  bySellerNotification: boolean;
  byPaymentNotification: boolean;
  reason: string;
  date: number;
}

export interface OrderRecord {
  orderId: string;
  orderGroup: string;
  sequence: string;
  shopper: BuyerKey;
  sellerId: string;
  currency: CurrencyCode;
  status: OrderStatus;
  isCompleted: boolean;
  creationDate: number;
  lastChange: number;
  authorizedDate: number | null;
  invoicedDate: number | null;
  /** A placed order's payment is approved at this time (lazily). */
  paymentApprovesAt: number | null;
  /** `cancel` becomes `canceled` at this time (the write lag). */
  cancelCompletesAt: number | null;
  items: OrderItemRecord[];
  shipping: ShippingRecord;
  payment: PaymentRecord;
  shippingValue: number;
  taxValue: number;
  value: number;
  packages: PackageRecord[];
  cancellationRequests: CancellationRequestRecord[];
  cancellation: CancellationRecord | null;
  dateStyle: DateStyle;
  orderFormId: string;
  /** VTEX's list rows often carry `items: null`; some of ours do too. */
  listItemsNull: boolean;
  /** Old rows carry `currencyCode: null` in the list. */
  listCurrencyNull: boolean;
}
