/**
 * Time zones for Intl: check a zone, the shopper's own, and a usable one that never throws.
 * Checking a zone builds an Intl.DateTimeFormat, which is costly: each zone is checked once.
 */
import { intlOnce } from './intl.ts';

/** The zone's canonical IANA name as this Intl knows it (`Etc/UTC` -> `UTC`), or null when unknown. */
const canonicalZone = (zone: string): string | null =>
  intlOnce(`zone ${zone}`, () => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return null;
    }
  });

export function isValidTimeZone(zone: string): boolean {
  return canonicalZone(zone) !== null;
}

/** The device's zone (the shopper's), else UTC. Read anew each time: a device can change zone. */
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

/** Whether two zones are the same zone under different names (`UTC` and `Etc/UTC`). */
export function sameTimeZone(a: string, b: string): boolean {
  const zone = canonicalZone(a);
  return zone !== null && zone === canonicalZone(b);
}
