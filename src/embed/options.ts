import { MAX_PER_PAGE } from '../api/index.ts';
import type { Message, MessageKey } from '../i18n/translate.ts';
import { warnStore } from './store-warning.ts';

export type MyOrdersTheme = 'light' | 'dark' | 'auto';

/** Everything a store can set on one widget instance. */
export interface MyOrdersOptions {
  /** Where the store's `api/...` lives: a same-origin path or proxy. Default `/`. */
  apiBase?: string;
  /** `en`, `pt-BR`, `es` (others fall back); default the page's `lang`. */
  locale?: string;
  /** Orders per page; default 15. */
  pageSize?: number;
  /** The store's currency, for orders that carry none. */
  currency?: string;
  /** The store's time zone (IANA or Windows name), for list dates. */
  timeZone?: string;
  loginUrl?: string;
  /** Add-to-cart base for "Buy again"; default `/checkout/cart/add`. */
  cartUrl?: string;
  /** Overrides for any message, per key. */
  messages?: Partial<Record<MessageKey, Message>>;
  /** Replaces "Buy again" navigation; return true to follow the link anyway. */
  onReorder?: (detail: { orderId: string; url: string }) => boolean | undefined;
  /** Shopper cancellation: `'off'` never offers it (the detail says the store turned it off). Default `'on'`. */
  cancellation?: 'on' | 'off';
  /** The store's grace period for automatic cancellation, in minutes (same as the OMS setting). Default 30. */
  gracePeriodMinutes?: number;
  /** Cancellation reasons in the shopper's language; "Other" (free text) is always added. Default: a list per locale. */
  reasons?: string[];
  /** Where to contact the store; http(s) or a same-origin path. `{orderId}` is replaced by the order's id. */
  contactUrl?: string;
  /** Where to change an order (e.g. when part of it is invoiced); `{orderId}` is replaced. */
  changeOrderUrl?: string;
  /** Where to start a return; `{orderId}` is replaced. */
  returnsUrl?: string;
  /** `light`, `dark`, or `auto` (default): follow the shopper's `prefers-color-scheme`. */
  theme?: MyOrdersTheme;
  /**
   * Keeps the open order and the list's page and filters in the page URL's hash, so links,
   * reloads, back and forward work: `true` for the prefix `#my-orders/`, or a prefix of your
   * own (e.g. `'#orders-widget/'`). Hashes without the prefix are never touched. Default off.
   */
  deepLink?: boolean | string;
  /** Nonce for the `<style>` fallback (browsers without constructed stylesheets) under a CSP. */
  nonce?: string;
}

/*
 * The values an instance actually uses, from options a store may get wrong (a page size of
 * "abc", an `apiBase` of `javascript:`): a bad value falls back to the default.
 */
export const DEFAULT_PAGE_SIZE = 15;

export function pageSizeOf(options: MyOrdersOptions): number {
  const size = options.pageSize;
  if (size === undefined) return DEFAULT_PAGE_SIZE;
  if (typeof size === 'number' && Number.isInteger(size) && size >= 1) return Math.min(size, MAX_PER_PAGE);
  warnStore(
    `page size ${JSON.stringify(size)} is not a whole number from 1; showing ${DEFAULT_PAGE_SIZE} orders a page`,
  );
  return DEFAULT_PAGE_SIZE;
}

/** An absolute http(s) base for `api/...`; relative bases resolve against the page. */
export function apiBaseOf(options: MyOrdersOptions, pageUrl: string): string {
  try {
    const base = new URL(options.apiBase ?? '/', pageUrl);
    if (base.protocol === 'http:' || base.protocol === 'https:') return base.href;
  } catch {
    // Unparseable: the store's own origin, like no apiBase at all.
  }
  warnStore(`api base ${JSON.stringify(options.apiBase)} is not an http(s) address; using the page's origin`);
  return new URL('/', pageUrl).href;
}

export function themeOf(options: MyOrdersOptions): MyOrdersTheme {
  return options.theme === 'light' || options.theme === 'dark' ? options.theme : 'auto';
}

/** The settings a model is built with: changing one needs a new model. */
export function cancellationOf(options: MyOrdersOptions): { enabled: boolean; gracePeriodMinutes: number | undefined } {
  return { enabled: options.cancellation !== 'off', gracePeriodMinutes: options.gracePeriodMinutes };
}
