/**
 * Dates from VTEX: ISO 8601 with 0-7 fractional digits and an offset or `Z`. JS `Date` parses
 * only 3 fractional digits reliably, so parse by hand; garbage (`2022-10--05T15:40:33`) -> null.
 * Formatting returns null for a missing date: the view words "unavailable" through i18n.
 */
import { intlOnce } from './intl.ts';
import { safeLocale } from './locale.ts';
import { resolveTimeZone } from './time-zones.ts';

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function offsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined || offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses an ISO 8601 date or date-time. A value without an offset is read as UTC (how VTEX
 * stores them), never as the device's local time.
 */
export function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const shift = offsetMinutes(offset);
  if (shift === null) return null;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const time = date.getTime() - shift * 60_000;
  return Number.isFinite(time) ? new Date(time) : null;
}

export function isUsable(date: Date | null | undefined): date is Date {
  return date instanceof Date && Number.isFinite(date.getTime());
}

/** One formatter per (locale, zone, options). */
const dateTimeFormat = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  intlOnce(
    `date ${locale}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
  );

export type DateStyle = 'short' | 'medium' | 'long';

/**
 * @param timeZone an IANA zone ; unknown zones fall back to the shopper's zone.
 * @returns null when the date is missing or unusable.
 */
export function formatDate(
  date: Date | null | undefined,
  locale: string,
  timeZone?: string | null,
  style: DateStyle = 'medium',
): string | null {
  if (!isUsable(date)) return null;
  return dateTimeFormat(safeLocale(locale), resolveTimeZone(timeZone), { dateStyle: style }).format(date);
}

/**
 * @param nameZone whether to name the zone after the time ("Jun 3, 2026, 1:10 PM GMT-3"), for a
 *   zone that is not the shopper's own (docs/domain.md, "Time zones").
 */
export function formatDateTime(
  date: Date | null | undefined,
  locale: string,
  timeZone?: string | null,
  style: DateStyle = 'medium',
  nameZone = false,
): string | null {
  if (!isUsable(date)) return null;
  const tag = safeLocale(locale);
  const zone = resolveTimeZone(timeZone);
  const text = dateTimeFormat(tag, zone, { dateStyle: style, timeStyle: 'short' }).format(date);
  if (!nameZone) return text;
  // Intl refuses timeZoneName beside dateStyle/timeStyle: the name comes from a formatter of its own.
  const name = dateTimeFormat(tag, zone, { timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${text} ${name}` : text;
}

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length in ms, and the magnitude below which it is used
  ['second', 1_000, 45_000],
  ['minute', 60_000, 45 * 60_000],
  ['hour', 3_600_000, 22 * 3_600_000],
  ['day', 86_400_000, 26 * 86_400_000],
  ['month', 30.44 * 86_400_000, 320 * 86_400_000],
  ['year', 365.25 * 86_400_000, Number.POSITIVE_INFINITY],
];

/**
 * "3 minutes ago" / "in 2 hours", measured from the server's now (device clocks are skewed).
 * @returns null when the date is missing or unusable.
 */
export function formatRelativeTime(date: Date | null | undefined, serverNowMs: number, locale: string): string | null {
  if (!isUsable(date) || !Number.isFinite(serverNowMs)) return null;
  const diff = date.getTime() - serverNowMs;
  const magnitude = Math.abs(diff);
  const [unit, length] = RELATIVE_STEPS.find(([, , below]) => magnitude < below) ?? ['year', 365.25 * 86_400_000];
  const tag = safeLocale(locale);
  const format = intlOnce(`relative ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  // Math.round(-0.4) is -0, which Intl words as "0 seconds ago": normalise to 0.
  return format.format(Math.round(diff / length) || 0, unit);
}
