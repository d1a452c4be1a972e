/** Time zones for Intl: check a zone, the shopper's own, and a usable one that never throws. */

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The device's zone (the shopper's), else UTC. */
export function shopperTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A usable IANA zone: `zone` when Intl knows it, else the fallback, else the shopper's zone. */
export function resolveTimeZone(zone: string | null | undefined, fallback?: string | null): string {
  for (const candidate of [zone?.trim(), fallback?.trim()])
    if (candidate && isValidTimeZone(candidate)) return candidate;
  return shopperTimeZone();
}
