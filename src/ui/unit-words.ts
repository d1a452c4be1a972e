/** A count with its unit in the locale's words and plural ("1 minute", "5 days"). */

const made = new Map<string, Intl.NumberFormat>();

export type WordedUnit = 'second' | 'minute' | 'hour' | 'day';

/** One formatter per locale and unit: the countdown asks every second. */
export function unitText(locale: string, count: number, unit: WordedUnit): string {
  const key = locale + unit;
  const format = made.get(key) ?? new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
  made.set(key, format);
  return format.format(count);
}
