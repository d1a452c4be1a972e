/** A count with its unit in the locale's words and plural ("1 minute", "5 days"). */
import { intlOnce } from '../domain/index.ts';

export type WordedUnit = 'second' | 'minute' | 'hour' | 'day';

/** One formatter per locale and unit (domain/intl.ts): the countdown asks every second. */
export const unitText = (locale: string, count: number, unit: WordedUnit): string =>
  intlOnce(
    `unit ${locale} ${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  ).format(count);
