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

/** Each attribute's text (trimmed; blank is absent), under its option's name. */
type AttributeTexts = { [A in MyOrdersAttribute as (typeof ATTRIBUTE_OPTIONS)[A]]: string | undefined };

function whole(value: string | undefined, min: number): number | undefined {
  const number = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  return number >= min ? number : undefined;
}

export function optionsFromAttributes(element: Element): MyOrdersOptions {
  const texts = Object.fromEntries(
    OBSERVED_ATTRIBUTES.map((name) => [ATTRIBUTE_OPTIONS[name], element.getAttribute(name)?.trim() || undefined]),
  ) as AttributeTexts;
  const { theme, cancellation } = texts;
  return {
    ...texts,
    pageSize: whole(texts.pageSize, 1),
    gracePeriodMinutes: whole(texts.gracePeriodMinutes, 0),
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined,
    cancellation: cancellation === undefined ? undefined : cancellation === 'off' ? 'off' : 'on',
    // Present with no value: the default prefix; the prefix itself otherwise.
    deepLink: element.hasAttribute('deep-link') ? (element.getAttribute('deep-link') ?? '') : undefined,
  };
}
