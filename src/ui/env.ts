/**
 * What every component needs besides the model: the translator, formatters bound to the
 * shopper's locale, and the store's configuration. Provided once per widget instance.
 */

import type { ReadonlySignal } from '@preact/signals';
import { type ComponentType, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelativeTime,
  resolveTimeZone,
  safeHttpUrl,
  sameTimeZone,
  shopperTimeZone,
} from '../domain/index.ts';
import type { Translator } from '../i18n/translate.ts';
import type { WidgetModel } from '../state/widget-model.ts';

export interface StoreConfig {
  /** The store's currency, for amounts whose order carries none. */
  currency: string | null;
  /** The zone of every date the widget shows (the `time-zone` option); null: the shopper's own. */
  timeZone: string | null;
  /** Sign-in page; the widget appends a return URL. */
  loginUrl: string | null;
  /** Add-to-cart base for "Buy again" (VTEX default `/checkout/cart/add`). */
  cartUrl: string;
  /** The page the widget lives on, for the sign-in return URL. */
  returnUrl: string | null;
  /** When set, "Buy again" calls it instead of following the link; return true to keep the link. */
  onReorder?: ((detail: { orderId: string; url: string }) => boolean | undefined) | undefined;
  /** The page's origin: relative store links resolve against it. */
  origin?: string | null | undefined;
  /** The store's cancellation reasons, in the shopper's language (raw: checked where used); absent: the locale's defaults. */
  cancelReasons?: unknown;
  /** Store links offered when an order cannot be canceled (raw: made safe where used). */
  contactUrl?: string | null | undefined;
  changeOrderUrl?: string | null | undefined;
  returnsUrl?: string | null | undefined;
}

/**
 * Dates have one clock per widget (docs/domain.md, "Time zones"): the `time-zone` option when
 * set, else the shopper's own zone; an order's store zone never makes a second one. A time in a
 * zone other than the shopper's names it.
 */
export interface Formatters {
  money(cents: number | null, currency: string | null): string;
  date(date: Date | null): string;
  dateTime(date: Date | null): string;
  /** A calendar day VTEX sends as midnight UTC (a bank slip's due date): that day, wherever the shopper is. */
  day(date: Date | null): string;
  relative(date: Date | null, serverNowMs: number): string;
}

/** `auto` follows the shopper's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** The open order's content, from the order view loaded on demand (OrderDetailBody.tsx). */
export type OrderView = ComponentType<{ orderId: string; onBack: () => void }>;

export interface WidgetEnv extends Translator {
  format: Formatters;
  store: StoreConfig;
  model: WidgetModel;
  /** The order view once it has loaded; null before. */
  orderView: ReadonlySignal<OrderView | null>;
  /** The store's colour scheme choice; default `auto`. */
  theme?: Theme | undefined;
}

export function createFormatters(
  translator: Translator,
  store: Pick<StoreConfig, 'currency' | 'timeZone'>,
): Formatters {
  const { locale, t } = translator;
  const unavailable = () => t('value.unavailable');
  const zone = resolveTimeZone(store.timeZone);
  const nameZone = !sameTimeZone(zone, shopperTimeZone());
  return {
    money: (cents, currency) =>
      cents === null ? unavailable() : formatMoney(cents, currency, locale, store.currency) || unavailable(),
    date: (date) => formatDate(date, locale, zone) ?? unavailable(),
    dateTime: (date) => formatDateTime(date, locale, zone, 'medium', nameZone) ?? unavailable(),
    day: (date) => formatDate(date, locale, 'UTC') ?? unavailable(),
    relative: (date, serverNowMs) => formatRelativeTime(date, serverNowMs, locale) ?? unavailable(),
  };
}

/** The sign-in link with a return URL, or null when the store gave no usable login URL. */
export function signInUrl(store: StoreConfig): string | null {
  const login = safeHttpUrl(store.loginUrl, store.returnUrl ?? undefined);
  if (!login) return null;
  const url = new URL(login);
  if (store.returnUrl) url.searchParams.set('returnUrl', store.returnUrl);
  return url.toString();
}

export const EnvContext = createContext<WidgetEnv | null>(null);

export function useEnv(): WidgetEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('my-orders: component rendered outside the widget');
  return env;
}
