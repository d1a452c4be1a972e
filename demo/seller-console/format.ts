/** Dates and money as the console shows them (English; a bad value reads "unavailable"). */
const DATE_TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function formatDateTime(iso: string | null | undefined): string {
  const at = Date.parse(iso ?? '');
  return Number.isNaN(at) ? 'unavailable' : DATE_TIME.format(at);
}

/** "in 29 days", "3 hours ago", measured against the mock's clock, not the device's. */
export function formatFromNow(iso: string | null | undefined, nowMs: number | null): string {
  const at = Date.parse(iso ?? '');
  if (Number.isNaN(at) || nowMs === null) return '';
  const diff = at - nowMs;
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? ['second', 1000];
  return RELATIVE.format(Math.round(diff / size), unit);
}

export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return (cents / 100).toFixed(2);
  }
}
