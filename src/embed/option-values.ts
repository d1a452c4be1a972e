/**
 * The values an instance actually uses, from options a store may get wrong (a page size of
 * "abc", an `apiBase` of `javascript:`): a bad value falls back to the default.
 */
import { MAX_PER_PAGE } from '../api/index.ts';
import type { Theme } from '../ui/env.ts';
import type { MyOrdersOptions } from './options.ts';

export const DEFAULT_PAGE_SIZE = 15;

export function pageSizeOf(options: MyOrdersOptions): number {
  const size = options.pageSize;
  return typeof size === 'number' && Number.isInteger(size) && size >= 1
    ? Math.min(size, MAX_PER_PAGE)
    : DEFAULT_PAGE_SIZE;
}

/** An absolute http(s) base for `api/...`; relative bases resolve against the page. */
export function apiBaseOf(options: MyOrdersOptions, pageUrl: string): string {
  try {
    const base = new URL(options.apiBase ?? '/', pageUrl);
    if (base.protocol === 'http:' || base.protocol === 'https:') return base.href;
  } catch {
    // Unparseable: the store's own origin, like no apiBase at all.
  }
  return new URL('/', pageUrl).href;
}

export function themeOf(options: MyOrdersOptions): Theme {
  return options.theme === 'light' || options.theme === 'dark' ? options.theme : 'auto';
}

/** The settings a model is built with: changing one needs a new model. */
export function cancellationOf(options: MyOrdersOptions): { enabled: boolean; gracePeriodMinutes: number | undefined } {
  return { enabled: options.cancellation !== 'off', gracePeriodMinutes: options.gracePeriodMinutes };
}
