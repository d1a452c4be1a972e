/** The detail's `paymentData` (one transaction, one payment) and `packageAttachment`. */
import type { WirePackage, WirePaymentData } from '../../src/contract/vtex-orders.ts';
import { isoDay } from '../dates.ts';
import type { OrderRecord } from '../model.ts';
import { STORES } from '../seed/stores.ts';

/** A bank slip's printed line, derived from its id so it stays the same on every read. */
function slipDigits(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += String(parseInt(seed[i % seed.length] ?? '0', 16) % 10);
  return out;
}

export function paymentView(order: OrderRecord): WirePaymentData {
  const { payment } = order;
  const slip = payment.group === 'bankInvoice';
  const digits = slip ? slipDigits(payment.id, 47) : '';
  return {
    giftCards: [],
    transactions: [
      {
        isActive: true,
        transactionId: payment.transactionId,
        merchantName: STORES[order.currency].hostname,
        payments: [
          {
            id: payment.id,
            paymentSystem: payment.paymentSystem,
            paymentSystemName: payment.paymentSystemName,
            value: order.value,
            installments: payment.installments,
            referenceValue: order.value,
            cardHolder: payment.cardHolder,
            cardNumber: null,
            firstDigits: payment.firstDigits,
            lastDigits: payment.lastDigits,
            cvv2: null,
            expireMonth: null,
            expireYear: null,
            url: payment.url,
            giftCardId: null,
            giftCardName: null,
            giftCardCaption: null,
            redemptionCode: null,
            group: payment.group,
            tid: payment.tid,
            dueDate: payment.dueDate === null ? null : isoDay(payment.dueDate, order.dateStyle),
            connectorResponses:
              payment.tid === null
                ? null
                : { Tid: payment.tid, ReturnCode: '200', Message: 'Approved', authId: payment.tid.slice(2) },
            giftCardProvider: null,
            giftCardAsDiscount: false,
            koinUrl: null,
            accountId: null,
            parentAccountId: null,
            bankIssuedInvoiceIdentificationNumber: slip ? digits : null,
            bankIssuedInvoiceIdentificationNumberFormatted: slip
              ? `${digits.slice(0, 5)}.${digits.slice(5, 10)} ${digits.slice(10, 15)}.${digits.slice(15, 21)} ${digits.slice(21, 26)}.${digits.slice(26, 32)} ${digits.slice(32, 33)} ${digits.slice(33)}`
              : null,
            bankIssuedInvoiceBarCodeNumber: slip ? digits.slice(0, 44) : null,
            bankIssuedInvoiceBarCodeType: slip ? 'i25' : null,
            billingAddress: null,
          },
        ],
      },
    ],
  };
}

export function packagesView(order: OrderRecord): { packages: WirePackage[] } {
  return {
    packages: order.packages.map((pkg) => ({
      type: pkg.type,
      invoiceNumber: pkg.invoiceNumber,
      invoiceValue: pkg.invoiceValue,
      invoiceUrl: pkg.invoiceUrl,
      issuanceDate: pkg.issuanceDate,
      courier: pkg.courier,
      trackingNumber: pkg.trackingNumber,
      trackingUrl: pkg.trackingUrl,
      items: pkg.items.map((line) => ({ ...line })),
      courierStatus: pkg.courierStatus && {
        ...pkg.courierStatus,
        data: pkg.courierStatus.data.map((event) => ({ ...event })),
      },
    })),
  };
}
