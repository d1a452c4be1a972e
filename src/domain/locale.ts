/** A locale tag Intl accepts; Intl throws a RangeError on malformed tags, so fall back. */
export function safeLocale(locale: string | null | undefined, fallback = 'en'): string {
  if (!locale) return fallback;
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}
