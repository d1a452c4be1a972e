/**
 * Money: VTEX amounts are integer cents. Formatted with Intl in the shopper's locale, in the
 * order's currency, else the store's currency option, else as a plain localized number.
 */

import { intlOnce } from './intl.ts';
import { safeLocale } from './locale.ts';
import type { Cents } from './order.ts';

const currencyFormat = (locale: string, currency: string): Intl.NumberFormat | null =>
  intlOnce(`currency ${locale}|${currency}`, () => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // Intl throws a RangeError on a malformed currency code.
      return null;
    }
  });

const plainFormat = (locale: string): Intl.NumberFormat =>
  intlOnce(
    `number ${locale}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );

function currencyCode(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * @param cents integer minor units; a non-finite value yields '' (callers show "unavailable").
 * @param fallbackCurrency the store's currency option, used when the order has none.
 */
export function formatMoney(
  cents: Cents,
  currency: string | null | undefined,
  locale: string,
  fallbackCurrency?: string | null,
): string {
  if (!Number.isFinite(cents)) return '';
  const tag = safeLocale(locale);
  const amount = cents / 100;
  for (const candidate of [currencyCode(currency), currencyCode(fallbackCurrency)]) {
    const formatter = candidate ? currencyFormat(tag, candidate) : null;
    if (formatter) return formatter.format(amount);
  }
  return plainFormat(tag).format(amount);
}
