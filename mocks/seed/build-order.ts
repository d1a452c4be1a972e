/**
 * Turns an order spec into a full record: items, delivery or pickup, payment, money and
 * the order's date style. The history (approval, invoices, requests, cancellation) is
 * added by `history.ts`.
 */
import { atStylePrecision, DAY, type DateStyle } from '../dates.ts';
import type {
  BuyerKey,
  CurrencyCode,
  OrderItemRecord,
  OrderRecord,
  PaymentGroup,
  PaymentRecord,
  ShippingRecord,
} from '../model.ts';
import type { Prng } from '../prng.ts';
import { imageUrl, type Product, priceIn, productsFor } from './catalog.ts';
import { applyHistory } from './history.ts';
import { homeAddress, pickupPoint, SHOPPERS } from './people.ts';
import type { OrderSpec } from './spec.ts';

export interface BuildContext {
  prng: Prng;
  now: number;
}

export interface OrderIdentity {
  orderGroup: string;
  suffix: number;
}

const SLA_NAMES: Record<CurrencyCode, readonly string[]> = {
  BRL: ['Normal', 'Expressa', 'Econômica'],
  USD: ['Standard', 'Express', 'Two-Day'],
  EUR: ['Estándar', 'Urgente 24h'],
};

const COURIERS: Record<CurrencyCode, readonly string[]> = {
  BRL: ['Correios', 'Jadlog', 'Loggi'],
  USD: ['UPS', 'FedEx', 'USPS'],
  EUR: ['SEUR', 'Correos Express', 'MRW'],
};

const PAYMENT_GROUPS: Record<CurrencyCode, readonly PaymentGroup[]> = {
  BRL: ['creditCard', 'creditCard', 'instantPayment', 'bankInvoice'],
  USD: ['creditCard', 'creditCard', 'payPal'],
  EUR: ['creditCard', 'payPal'],
};

const CARDS = [
  { system: '2', name: 'Visa', first: '411111' },
  { system: '4', name: 'Mastercard', first: '555555' },
  { system: '1', name: 'American Express', first: '378282' },
] as const;

export function pickDateStyle(prng: Prng, currency: CurrencyCode): DateStyle {
  const fractionDigits = prng.pick([0, 2, 3, 4, 5, 6, 7, 7, 7]);
  const zones: Array<number | null> = currency === 'BRL' ? [0, 0, null, -180] : [0, 0, null];
  return { fractionDigits, offsetMinutes: prng.pick(zones) };
}

function roundTo90(cents: number): number {
  return Math.max(90, Math.round(cents / 100) * 100 - 10);
}

function lineItem(product: Product, spec: OrderSpec, prng: Prng): OrderItemRecord {
  const price = priceIn(product, spec.currency);
  const onSale = prng.chance(0.3);
  return {
    uniqueId: prng.hex(32),
    skuId: product.skuId,
    productId: product.productId,
    refId: product.refId,
    ean: product.ean,
    name: product.name,
    slug: product.slug,
    imageUrl: imageUrl(product, spec.currency),
    brandName: product.brandName,
    brandId: product.brandId,
    categoriesIds: product.categoriesIds,
    quantity: prng.chance(0.25) ? prng.int(2, 3) : 1,
    sellerId: spec.sellerId ?? '1',
    price,
    listPrice: onSale ? roundTo90(price * 1.25) : price,
    sellingPrice: prng.chance(0.2) ? roundTo90(price * 0.9) : price,
    isGift: false,
    measurementUnit: product.unit,
  };
}

function buildItems(spec: OrderSpec, prng: Prng): OrderItemRecord[] {
  const shelf = [...productsFor(spec.currency)];
  const count = Math.min(spec.itemCount ?? prng.int(1, 3), shelf.length - 1);
  const items: OrderItemRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const [product] = shelf.splice(prng.int(0, shelf.length - 1), 1);
    if (product) items.push(lineItem(product, spec, prng));
  }
  const giftProduct = shelf[0];
  if (spec.gift && giftProduct) {
    // A promotion's gift: listed at its shelf price, sold for nothing.
    const gift = lineItem(giftProduct, spec, prng);
    items.push({
      ...gift,
      quantity: 1,
      price: 0,
      listPrice: priceIn(giftProduct, spec.currency),
      sellingPrice: 0,
      isGift: true,
    });
  }
  return items;
}

function buildShipping(spec: OrderSpec, prng: Prng, shopper: BuyerKey, placedAt: number): ShippingRecord {
  const days = prng.int(2, 9);
  const estimateDate = placedAt + Math.round(days * 1.4 * DAY);
  if (spec.channel === 'pickup-in-point') {
    const point = pickupPoint(spec.currency);
    return {
      channel: 'pickup-in-point',
      address: point.address,
      pickupPoint: point,
      slaName: `Retirada (${point.id})`,
      shippingEstimate: `${days}bd`,
      estimateDate,
      courierName: point.friendlyName,
      price: 0,
    };
  }
  return {
    channel: 'delivery',
    address: homeAddress({ ...SHOPPERS[shopper], key: shopper }, spec.currency),
    pickupPoint: null,
    slaName: prng.pick(SLA_NAMES[spec.currency]),
    shippingEstimate: `${days}bd`,
    estimateDate,
    courierName: prng.pick(COURIERS[spec.currency]),
    price: prng.chance(0.25) ? 0 : roundTo90(prng.int(900, 3500)),
  };
}

function buildPayment(spec: OrderSpec, prng: Prng, placedAt: number): PaymentRecord {
  const group = spec.payment ?? prng.pick(PAYMENT_GROUPS[spec.currency]);
  const id = prng.hex(32);
  const transactionId = prng.hex(32);
  const base = {
    id,
    transactionId,
    installments: 1,
    firstDigits: null,
    lastDigits: null,
    cardHolder: null,
    url: null,
    dueDate: null,
    tid: null,
  };
  switch (group) {
    case 'creditCard': {
      const card = prng.pick(CARDS);
      const shopper = SHOPPERS[spec.shopper];
      return {
        ...base,
        paymentSystem: card.system,
        paymentSystemName: card.name,
        group,
        installments: spec.currency === 'BRL' ? prng.pick([1, 1, 2, 3, 6, 10]) : 1,
        firstDigits: card.first,
        lastDigits: prng.digits(4),
        cardHolder: `${shopper.firstName} ${shopper.lastName}`.toUpperCase(),
        tid: prng.digits(8),
      };
    }
    case 'bankInvoice':
      return {
        ...base,
        paymentSystem: '6',
        paymentSystemName: 'Boleto Bancário',
        group,
        url: `https://luxstore.vtexpayments.com.br:443/BankIssuedInvoice/Transaction/${transactionId}/Payment/${id}/Installment/{Installment}`,
        dueDate: placedAt + 3 * DAY,
      };
    case 'instantPayment':
      return { ...base, paymentSystem: '125', paymentSystemName: 'Pix', group };
    case 'payPal':
      return { ...base, paymentSystem: '19', paymentSystemName: 'PayPal', group };
  }
}

export function buildOrder(spec: OrderSpec, context: BuildContext, identity: OrderIdentity): OrderRecord {
  const { prng, now } = context;
  const creationDate = now - spec.createdAgo;
  const items = buildItems(spec, prng);
  const shipping = buildShipping(spec, prng, spec.shopper, creationDate);
  const payment = buildPayment(spec, prng, creationDate);
  const itemsValue = items.reduce((sum, item) => sum + item.sellingPrice * item.quantity, 0);
  const taxValue = spec.currency === 'USD' ? Math.round(itemsValue * 0.07) : 0;
  const order: OrderRecord = {
    orderId: `${identity.orderGroup}-${String(identity.suffix).padStart(2, '0')}`,
    orderGroup: identity.orderGroup,
    sequence: '',
    shopper: spec.shopper,
    sellerId: spec.sellerId ?? '1',
    currency: spec.currency,
    status: spec.status,
    isCompleted: !spec.incomplete,
    creationDate,
    lastChange: creationDate,
    authorizedDate: null,
    invoicedDate: null,
    paymentApprovesAt: null,
    cancelCompletesAt: null,
    items,
    shipping,
    payment,
    shippingValue: shipping.price,
    taxValue,
    value: itemsValue + shipping.price + taxValue,
    packages: [],
    cancellationRequests: [],
    cancellation: null,
    dateStyle: pickDateStyle(prng, spec.currency),
    orderFormId: prng.hex(32).toLowerCase(),
    listItemsNull: spec.listItemsNull ?? false,
    listCurrencyNull: spec.listCurrencyNull ?? false,
  };
  order.creationDate = atStylePrecision(creationDate, order.dateStyle);
  order.lastChange = order.creationDate;
  applyHistory(order, spec, context);
  return order;
}
