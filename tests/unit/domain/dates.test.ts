import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  compareDatesDescending,
  formatDate,
  formatDateTime,
  formatRelativeTime,
  parseIsoDate,
  sameTimeZone,
} from '../../../src/domain/index.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

const plain = (text: string | null) => text?.replace(/[\u00A0\u202F]/g, ' ') ?? null;

describe('parseIsoDate', () => {
  test.each([
    ['2023-08-04T15:45:02+00:00', '2023-08-04T15:45:02.000Z'],
    ['2023-08-04T15:45:02.1+00:00', '2023-08-04T15:45:02.100Z'],
    ['2023-08-04T15:45:02.13+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.130+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.1306+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.13063+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.130636+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.1306363+00:00', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02.1306363Z', '2023-08-04T15:45:02.130Z'],
    ['2023-08-04T15:45:02Z', '2023-08-04T15:45:02.000Z'],
    ['2018-08-28T17:42:28.9171556+00:00', '2018-08-28T17:42:28.917Z'],
    ['2023-08-04T12:45:02.9999999-03:00', '2023-08-04T15:45:02.999Z'],
    ['2023-08-04T20:15:02+0530', '2023-08-04T14:45:02.000Z'],
    ['2023-08-04T15:45:02', '2023-08-04T15:45:02.000Z'],
    ['2019-02-02', '2019-02-02T00:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('%s -> %s', (input, iso) => {
    expect(parseIsoDate(input)?.toISOString()).toBe(iso);
  });

  test.each([
    '2022-10--05T15:40:33',
    '2023-13-01T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2023-04-31T00:00:00Z',
    '2023-08-04T24:00:00Z',
    '2023-08-04T15:60:00Z',
    '2023-08-04T15:45:02+25:00',
    'Invalid Date',
    '',
    '1690000000000',
    'tomorrow',
  ])('garbage %j -> null', (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });

  test.each([null, undefined, 1690000000000, {}, []])('non-strings (%j) -> null', (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });
});

describe('compareDatesDescending', () => {
  test('newest first, missing dates last, whatever the input order', () => {
    const a = new Date('2024-01-01T00:00:00Z');
    const b = new Date('2025-01-01T00:00:00Z');
    const sorted = [null, a, null, b].sort(compareDatesDescending);
    expect(sorted).toEqual([b, a, null, null]);
  });
});

describe('formatDate / formatDateTime', () => {
  const date = new Date('2023-08-04T01:30:00Z');

  test('in the shopper locale and the given zone (the day can differ by zone)', () => {
    expect(formatDate(date, 'en', 'UTC')).toBe('Aug 4, 2023');
    expect(formatDate(date, 'en', 'America/Sao_Paulo')).toBe('Aug 3, 2023');
    expect(formatDate(date, 'pt-BR', 'America/Sao_Paulo')).toBe('3 de ago. de 2023');
    expect(plain(formatDateTime(date, 'en', 'UTC'))).toBe('Aug 4, 2023, 1:30 AM');
    expect(formatDateTime(date, 'pt-BR', 'UTC')).toBe('4 de ago. de 2023, 01:30');
  });

  test('an unusable zone falls back to the shopper zone instead of throwing', () => {
    // The shopper's zone is the device's: São Paulo here, where this instant is still Aug 3
    // (in UTC, or the store's intended zone, it would not be).
    vi.stubEnv('TZ', 'America/Sao_Paulo');
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Sao_Paulo');
    expect(formatDate(date, 'en', 'Mars/Olympus_Mons')).toBe('Aug 3, 2023');
    expect(plain(formatDateTime(date, 'en', 'Mars/Olympus_Mons'))).toBe('Aug 3, 2023, 10:30 PM');
  });

  test('missing or invalid dates are null (the view says "unavailable"), never "Invalid Date"', () => {
    expect(formatDate(null, 'en', 'UTC')).toBeNull();
    expect(formatDateTime(new Date(Number.NaN), 'en', 'UTC')).toBeNull();
  });

  test('a time in a zone other than the shopper’s can name it, in the shopper’s language', () => {
    expect(plain(formatDateTime(date, 'en', 'America/Sao_Paulo', 'medium', true))).toBe('Aug 3, 2023, 10:30 PM GMT-3');
    expect(formatDateTime(date, 'pt-BR', 'America/Sao_Paulo', 'medium', true)).toBe('3 de ago. de 2023, 22:30 BRT');
    expect(plain(formatDateTime(date, 'en', 'America/Sao_Paulo'))).toBe('Aug 3, 2023, 10:30 PM');
  });
});

describe('time zones are checked once, not per date', () => {
  test('formatting many dates in one zone builds a bounded number of Intl formatters', () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built += 1;
      }
    }
    Intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
    try {
      // A zone no other test formats in, so nothing is cached for it yet.
      const zone = 'Asia/Kathmandu';
      for (let day = 1; day <= 50; day += 1) {
        const at = new Date(Date.UTC(2026, 0, day, 12));
        formatDate(at, 'en', zone);
        formatDateTime(at, 'en', zone, 'medium', true);
      }
      // One to check the zone, one per (locale, zone, options); not one per date.
      expect(built).toBeGreaterThan(0);
      expect(built).toBeLessThanOrEqual(4);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  test('sameTimeZone knows one zone under two names, and tells zones apart', () => {
    expect(sameTimeZone('UTC', 'Etc/UTC')).toBe(true);
    expect(sameTimeZone('America/Sao_Paulo', 'America/Sao_Paulo')).toBe(true);
    expect(sameTimeZone('America/Sao_Paulo', 'UTC')).toBe(false);
    expect(sameTimeZone('Mars/Olympus_Mons', 'Mars/Olympus_Mons')).toBe(false);
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-06-15T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms);

  test.each([
    [ago(0), 'en', 'now'],
    [ago(5 * 60_000), 'en', '5 minutes ago'],
    [ago(3 * 3_600_000), 'en', '3 hours ago'],
    [ago(86_400_000), 'en', 'yesterday'],
    [ago(3 * 86_400_000), 'pt-BR', 'há 3 dias'],
    [ago(-2 * 3_600_000), 'es', 'dentro de 2 horas'],
    [ago(400 * 86_400_000), 'en', 'last year'],
  ])('%s in %s -> %s', (date, locale, expected) => {
    expect(formatRelativeTime(date, now, locale)).toBe(expected);
  });

  test('measured from the server now given, not the device clock', () => {
    expect(formatRelativeTime(ago(10 * 60_000), now, 'en')).toBe('10 minutes ago');
  });

  test('missing dates are null', () => {
    expect(formatRelativeTime(null, now, 'en')).toBeNull();
  });
});
