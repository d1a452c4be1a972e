/**
 * `<my-orders>` attributes and the options they set. Every key is present in the result
 * (undefined when the attribute is absent or unusable), so removing an attribute restores
 * the default on `update()`.
 */
import type { MyOrdersOptions } from './options.ts';

export const ATTRIBUTE_OPTIONS = {
  locale: 'locale',
  'api-base': 'apiBase',
  'page-size': 'pageSize',
  'grace-period-minutes': 'gracePeriodMinutes',
  currency: 'currency',
  'time-zone': 'timeZone',
  theme: 'theme',
  'login-url': 'loginUrl',
  'cart-url': 'cartUrl',
  'contact-url': 'contactUrl',
  'change-order-url': 'changeOrderUrl',
  'returns-url': 'returnsUrl',
  cancellation: 'cancellation',
  'deep-link': 'deepLink',
} as const satisfies Record<string, keyof MyOrdersOptions>;

export type MyOrdersAttribute = keyof typeof ATTRIBUTE_OPTIONS;

export const OBSERVED_ATTRIBUTES = Object.keys(ATTRIBUTE_OPTIONS) as MyOrdersAttribute[];

function text(element: Element, name: MyOrdersAttribute): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function whole(element: Element, name: MyOrdersAttribute, min: number): number | undefined {
  const value = text(element, name);
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min ? number : undefined;
}

export function optionsFromAttributes(element: Element): MyOrdersOptions {
  const theme = text(element, 'theme');
  const cancellation = text(element, 'cancellation');
  return {
    locale: text(element, 'locale'),
    apiBase: text(element, 'api-base'),
    pageSize: whole(element, 'page-size', 1),
    gracePeriodMinutes: whole(element, 'grace-period-minutes', 0),
    currency: text(element, 'currency'),
    timeZone: text(element, 'time-zone'),
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined,
    loginUrl: text(element, 'login-url'),
    cartUrl: text(element, 'cart-url'),
    contactUrl: text(element, 'contact-url'),
    changeOrderUrl: text(element, 'change-order-url'),
    returnsUrl: text(element, 'returns-url'),
    cancellation: cancellation === undefined ? undefined : cancellation === 'off' ? 'off' : 'on',
    // Present with no value: the default prefix; the prefix itself otherwise.
    deepLink: element.hasAttribute('deep-link') ? (element.getAttribute('deep-link') ?? '') : undefined,
  };
}
