/**
 * `GET /api/oms/user/orders/{orderId}`: the full `Userorderdetails` (every required property,
 * realistic or null) plus `allowCancellation` and `cancellationRequests` from our extension.
 */
import type {
  WireCancellationData,
  WireCancellationRequest,
  WireOrderDetail,
  WireTotal,
} from '../../src/contract/vtex-orders.ts';
import { isoDate } from '../dates.ts';
import type { OrderRecord } from '../model.ts';
import { SHOPPERS } from '../seed/people.ts';
import { STORES, sellerProfile } from '../seed/stores.ts';
import { itemMetadataView, itemView } from './detail-items.ts';
import { packagesView, paymentView } from './detail-payment.ts';
import { shippingView } from './detail-shipping.ts';

function totalsView(order: OrderRecord): WireTotal[] {
  const names = STORES[order.currency].totalsNames;
  const items = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  const discounts = order.items.reduce((sum, item) => sum + (item.sellingPrice - item.price) * item.quantity, 0);
  return [
    { id: 'Items', name: names.Items, value: items },
    { id: 'Discounts', name: names.Discounts, value: discounts },
    { id: 'Shipping', name: names.Shipping, value: order.shippingValue },
    { id: 'Tax', name: names.Tax, value: order.taxValue },
  ];
}

function cancellationDataView(order: OrderRecord): WireCancellationData | null {
  const data = order.cancellation;
  if (!data) return null;
  return {
    RequestedByUser: data.byUser,
    RequestedBySystem: data.bySystem,
    RequestedBySellerNotification: data.bySellerNotification,
    RequestedByPaymentNotification: data.byPaymentNotification,
    Reason: data.reason,
    CancellationDate: isoDate(data.date, order.dateStyle),
  };
}

function cancellationRequestsView(order: OrderRecord): WireCancellationRequest[] | null {
  if (order.cancellationRequests.length === 0) return null;
  return order.cancellationRequests.map((request) => ({
    id: request.id,
    reason: request.reason,
    cancellationRequestDate: isoDate(request.requestedAt, order.dateStyle),
    requestedByUser: request.requestedByUser,
    deniedBySeller: request.state === 'denied',
    deniedBySellerReason: request.deniedReason,
    cancellationRequestDenyDate: request.deniedAt === null ? null : isoDate(request.deniedAt, order.dateStyle),
  }));
}

export function detailView(order: OrderRecord, allowCancellation: boolean): WireOrderDetail {
  const store = STORES[order.currency];
  const shopper = SHOPPERS[order.shopper];
  const at = (ms: number | null): string | null => (ms === null ? null : isoDate(ms, order.dateStyle));
  const seller = sellerProfile(order.sellerId, order.currency);
  const marketplaceEndpoint = `http://oms.vtexinternal.com.br/api/oms?an=${store.hostname}`;
  return {
    orderId: order.orderId,
    sequence: order.sequence,
    marketplaceOrderId: '',
    marketplaceServicesEndpoint: marketplaceEndpoint,
    sellerOrderId: `00-${order.orderId}`,
    origin: 'Marketplace',
    affiliateId: '',
    salesChannel: '1',
    merchantName: store.hostname,
    status: order.status,
    statusDescription: store.statusDescriptions[order.status],
    value: order.value,
    creationDate: isoDate(order.creationDate, order.dateStyle),
    lastChange: isoDate(order.lastChange, order.dateStyle),
    orderGroup: order.orderGroup,
    totals: totalsView(order),
    items: order.items.map((item) => itemView(item, order)),
    marketplaceItems: [],
    clientProfileData: {
      id: 'clientProfileData',
      email: shopper.email,
      firstName: shopper.firstName,
      lastName: shopper.lastName,
      documentType: 'cpf',
      document: shopper.document,
      phone: shopper.phone,
      corporateName: null,
      tradeName: null,
      corporateDocument: null,
      stateInscription: null,
      corporatePhone: null,
      isCorporate: false,
      userProfileId: shopper.userProfileId,
      customerClass: null,
    },
    giftRegistryData: null,
    marketingData: null,
    ratesAndBenefitsData: { id: 'ratesAndBenefitsData', rateAndBenefitsIdentifiers: [] },
    shippingData: shippingView(order),
    paymentData: paymentView(order),
    packageAttachment: packagesView(order),
    sellers: [
      {
        id: seller.id,
        name: seller.name,
        logo: seller.logo,
        fulfillmentEndpoint: `http://fulfillment.vtexcommerce.com.br/api/fulfillment?an=${store.hostname}`,
      },
    ],
    callCenterOperatorData: null,
    followUpEmail: `${order.orderFormId}@ct.vtex.com.br`,
    lastMessage: null,
    hostname: store.hostname,
    invoiceData: null,
    changesAttachment: null,
    openTextField: null,
    roundingError: 0,
    orderFormId: order.orderFormId,
    commercialConditionData: null,
    isCompleted: order.isCompleted,
    customData: null,
    storePreferencesData: {
      countryCode: store.countryCode,
      currencyCode: store.currencyCode,
      currencyFormatInfo: {
        CurrencyDecimalDigits: 2,
        CurrencyDecimalSeparator: store.formatInfo.decimalSeparator,
        CurrencyGroupSeparator: store.formatInfo.groupSeparator,
        CurrencyGroupSize: 3,
        StartsWithCurrencySymbol: store.formatInfo.startsWithSymbol,
      },
      currencyLocale: store.currencyLocale,
      currencySymbol: store.currencySymbol,
      timeZone: store.timeZone,
    },
    allowCancellation,
    allowEdition: false,
    isCheckedIn: false,
    marketplace: { baseURL: marketplaceEndpoint, isCertified: null, name: store.hostname },
    authorizedDate: at(order.authorizedDate),
    invoicedDate: at(order.invoicedDate),
    cancelReason: order.cancellation?.reason ?? null,
    itemMetadata: itemMetadataView(order),
    subscriptionData: null,
    taxData: null,
    checkedInPickupPointId: null,
    cancellationData: cancellationDataView(order),
    cancellationRequests: cancellationRequestsView(order),
    clientPreferencesData: { locale: store.locale, optinNewsLetter: false },
  };
}
