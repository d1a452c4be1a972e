/**
 * Date text the way VTEX writes it: ISO 8601 with an offset and 0 to 7 fractional digits,
 * sometimes `Z`. Each order keeps one style so its dates look like one system wrote them.
 */
export interface DateStyle {
  fractionDigits: number;
  /** Minutes east of UTC; `null` writes `Z`. */
  offsetMinutes: number | null;
}

export const RECEIPT_DATE_STYLE: DateStyle = { fractionDigits: 7, offsetMinutes: 0 };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The shopper list shows the last two years only. */
export const TWO_YEARS = 730 * DAY;

/** VTEX's 7-digit fractions go below the millisecond: these digits are derived, not random. */
function subMillisecondDigits(ms: number): string {
  return String((Math.imul(ms % 2147483647, 2654435761) >>> 0) % 10000).padStart(4, '0');
}

function zone(offsetMinutes: number | null): string {
  if (offsetMinutes === null) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isoDate(ms: number, style: DateStyle): string {
  const local = new Date(ms + (style.offsetMinutes ?? 0) * MINUTE).toISOString().slice(0, 19);
  const digits = `${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}${subMillisecondDigits(ms)}`.slice(
    0,
    style.fractionDigits,
  );
  return `${local}${digits ? `.${digits}` : ''}${zone(style.offsetMinutes)}`;
}

/**
 * `ms` cut to what the style writes (whole seconds for 0 fraction digits, tenths for 1, ...):
 * a time the mock keeps must be the time it shows, or two orders a moment apart list in an
 * order their own dates contradict.
 */
export function atStylePrecision(ms: number, style: DateStyle): number {
  const step = 10 ** Math.max(0, 3 - style.fractionDigits);
  return Math.floor(ms / step) * step;
}

/** `YYYY-MM-DD` in the given style's offset (bank slip due dates). */
export function isoDay(ms: number, style: DateStyle): string {
  return new Date(ms + (style.offsetMinutes ?? 0) * MINUTE).toISOString().slice(0, 10);
}

/** The HTTP `Date` header: RFC 7231 IMF-fixdate. */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** Accepts what a client sends as a time: epoch ms or any string `Date.parse` reads. */
export function parseTime(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
