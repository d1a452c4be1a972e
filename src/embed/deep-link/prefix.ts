/**
 * Whether deep links are on, and under which hash prefix: read from the `deepLink` option or
 * the `deep-link` attribute. Kept apart from the hash itself (hash.ts), which is
 * loaded only when deep links are on.
 */
export const DEFAULT_DEEP_LINK_PREFIX = '#my-orders/';

/** Characters a fragment keeps as typed (so `location.hash` starts with the prefix verbatim). */
const PREFIX_PATTERN = /^#[A-Za-z0-9\-._~!$&'()*+,;=:@/]+$/;

/** The hash prefix for the `deepLink` option or `deep-link` attribute; null when off. */
export function deepLinkPrefix(option: boolean | string | null | undefined): string | null {
  if (option === undefined || option === null || option === false) return null;
  if (option === true) return DEFAULT_DEEP_LINK_PREFIX;
  const value = option.trim();
  if (value === '' || value === 'true' || value === 'on') return DEFAULT_DEEP_LINK_PREFIX;
  if (value === 'false' || value === 'off') return null;
  const prefix = value.startsWith('#') ? value : `#${value}`;
  return PREFIX_PATTERN.test(prefix) ? prefix : DEFAULT_DEEP_LINK_PREFIX;
}
