/**
 * The three storefronts of the account (one per currency), their sellers and their words.
 * `statusDescription` is localized to the store's language, so each store has its labels.
 */
import type { CurrencyCode, OrderStatus } from '../model.ts';

export interface StoreProfile {
  currencyCode: CurrencyCode;
  currencySymbol: string;
  countryCode: string;
  currencyLocale: number;
  /** BRL uses the Windows zone name VTEX itself sends (docs/domain.md, "Decisions for the edges"). */
  timeZone: string;
  locale: string;
  hostname: string;
  imageHost: string;
  storeName: string;
  formatInfo: { decimalSeparator: string; groupSeparator: string; startsWithSymbol: boolean };
  totalsNames: Record<'Items' | 'Discounts' | 'Shipping' | 'Tax', string>;
  statusDescriptions: Record<OrderStatus, string>;
}

const PT: Record<OrderStatus, string> = {
  'order-created': 'Processando',
  'payment-pending': 'Pagamento Pendente',
  'payment-approved': 'Pagamento Aprovado',
  'payment-denied': 'Pagamento Negado',
  'window-to-cancel': 'Carência para Cancelamento',
  'ready-for-handling': 'Pronto para o manuseio',
  'start-handling': 'Iniciar Manuseio',
  handling: 'Preparando Entrega',
  invoice: 'Verificando Fatura',
  invoiced: 'Faturado',
  'cancellation-requested': 'Cancelamento Solicitado',
  cancel: 'Cancelando',
  canceled: 'Cancelado',
};

const EN: Record<OrderStatus, string> = {
  'order-created': 'Processing',
  'payment-pending': 'Payment Pending',
  'payment-approved': 'Payment Approved',
  'payment-denied': 'Payment Denied',
  'window-to-cancel': 'Cancellation Window',
  'ready-for-handling': 'Ready for Handling',
  'start-handling': 'Start Handling',
  handling: 'Handling Shipping',
  invoice: 'Verifying Invoice',
  invoiced: 'Invoiced',
  'cancellation-requested': 'Cancellation Requested',
  cancel: 'Canceling',
  canceled: 'Canceled',
};

const ES: Record<OrderStatus, string> = {
  'order-created': 'Procesando',
  'payment-pending': 'Pago Pendiente',
  'payment-approved': 'Pago Aprobado',
  'payment-denied': 'Pago Denegado',
  'window-to-cancel': 'Plazo para Cancelación',
  'ready-for-handling': 'Listo para Preparación',
  'start-handling': 'Iniciar Preparación',
  handling: 'Preparando Envío',
  invoice: 'Verificando Factura',
  invoiced: 'Facturado',
  'cancellation-requested': 'Cancelación Solicitada',
  cancel: 'Cancelando',
  canceled: 'Cancelado',
};

export const STORES: Record<CurrencyCode, StoreProfile> = {
  BRL: {
    currencyCode: 'BRL',
    currencySymbol: 'R$',
    countryCode: 'BRA',
    currencyLocale: 1046,
    timeZone: 'E. South America Standard Time',
    locale: 'pt-BR',
    hostname: 'luxstore',
    imageHost: 'https://luxstore.vteximg.com.br',
    storeName: 'Lux Store Brasil',
    formatInfo: { decimalSeparator: ',', groupSeparator: '.', startsWithSymbol: true },
    totalsNames: {
      Items: 'Total dos Itens',
      Discounts: 'Total dos Descontos',
      Shipping: 'Total do Frete',
      Tax: 'Total da Taxa',
    },
    statusDescriptions: PT,
  },
  USD: {
    currencyCode: 'USD',
    currencySymbol: '$',
    countryCode: 'USA',
    currencyLocale: 1033,
    timeZone: 'America/New_York',
    locale: 'en-US',
    hostname: 'luxstoreus',
    imageHost: 'https://luxstoreus.vtexassets.com',
    storeName: 'Lux Store US',
    formatInfo: { decimalSeparator: '.', groupSeparator: ',', startsWithSymbol: true },
    totalsNames: { Items: 'Items Total', Discounts: 'Discounts Total', Shipping: 'Shipping Total', Tax: 'Tax Total' },
    statusDescriptions: EN,
  },
  EUR: {
    currencyCode: 'EUR',
    currencySymbol: '€',
    countryCode: 'ESP',
    currencyLocale: 3082,
    timeZone: 'Europe/Madrid',
    locale: 'es-ES',
    hostname: 'luxstorees',
    imageHost: 'https://luxstorees.vtexassets.com',
    storeName: 'Lux Store España',
    formatInfo: { decimalSeparator: ',', groupSeparator: '.', startsWithSymbol: false },
    totalsNames: {
      Items: 'Total de los artículos',
      Discounts: 'Total de descuentos',
      Shipping: 'Total del envío',
      Tax: 'Total de impuestos',
    },
    statusDescriptions: ES,
  },
};

export interface SellerProfile {
  id: string;
  name: string;
  logo: string;
}

/** Seller `1` is the store itself; the others are marketplace sellers of split purchases. */
export function sellerProfile(sellerId: string, currency: CurrencyCode): SellerProfile {
  const store = STORES[currency];
  switch (sellerId) {
    case 'casaecozinha':
      return {
        id: sellerId,
        name: 'Casa & Cozinha Comércio Ltda',
        logo: 'https://casaecozinha.vteximg.com.br/arquivos/logo-casaecozinha.png',
      };
    case 'techworld':
      return {
        id: sellerId,
        name: 'TechWorld Marketplace',
        logo: 'https://techworld.vtexassets.com/arquivos/techworld-logo.png',
      };
    default:
      return { id: '1', name: store.storeName, logo: `${store.imageHost}/arquivos/luxstore-logo.png` };
  }
}

export const MARKETPLACE_SELLERS = ['casaecozinha', 'techworld'] as const;
