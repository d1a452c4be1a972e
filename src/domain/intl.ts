/**
 * Intl objects, each made once per kind and settings: making one costs far more than using it,
 * and a list formats many dates, amounts and item names (issue #14's profile).
 */

const made = new Map<string, unknown>();

/** The object `make` returns for `key`, made on first use (a null, for settings Intl refused, too). */
export function intlOnce<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** "a, b and c" in the locale's words. */
export function formatNames(names: string[], locale: string): string {
  return intlOnce(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(names);
}
