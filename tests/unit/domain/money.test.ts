import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../../src/domain/index.ts';

// ICU puts no-break spaces (U+00A0, U+202F) between amount and symbol; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('formatMoney', () => {
  test.each([
    ['en', 'BRL', 'R$11.60'],
    ['en', 'USD', '$11.60'],
    ['en', 'EUR', '€11.60'],
    ['pt-BR', 'BRL', 'R$ 11,60'],
    ['pt-BR', 'USD', 'US$ 11,60'],
    ['pt-BR', 'EUR', '€ 11,60'],
    ['es', 'BRL', '11,60 BRL'],
    ['es', 'USD', '11,60 US$'],
    ['es', 'EUR', '11,60 €'],
  ])('%s %s: 1160 cents -> %s', (locale, currency, expected) => {
    expect(plain(formatMoney(1160, currency, locale))).toBe(expected);
  });

  test('large amounts group digits per locale', () => {
    expect(plain(formatMoney(123_456_750, 'BRL', 'pt-BR'))).toBe('R$ 1.234.567,50');
    expect(plain(formatMoney(123_456_750, 'USD', 'en'))).toBe('$1,234,567.50');
  });

  test('negative amounts (the "Change" total) keep their sign', () => {
    expect(plain(formatMoney(-3290, 'BRL', 'pt-BR'))).toBe('-R$ 32,90');
  });

  test('no currency on the order: the store currency option', () => {
    expect(plain(formatMoney(1160, null, 'pt-BR', 'BRL'))).toBe('R$ 11,60');
  });

  test.each([
    ['en', '11.60'],
    ['pt-BR', '11,60'],
    ['es', '11,60'],
  ])('no currency at all (%s): a plain number with 2 decimals', (locale, expected) => {
    expect(plain(formatMoney(1160, null, locale))).toBe(expected);
    expect(plain(formatMoney(1160, null, locale, null))).toBe(expected);
  });

  test('a malformed currency code falls back instead of throwing', () => {
    expect(plain(formatMoney(1160, 'R$', 'pt-BR', 'BRL'))).toBe('R$ 11,60');
    expect(plain(formatMoney(1160, 'not a code', 'en'))).toBe('11.60');
  });

  test('a malformed locale falls back to English', () => {
    expect(plain(formatMoney(1160, 'USD', 'not_a-locale!!'))).toBe('$11.60');
  });

  test('lower-case currency codes are accepted', () => {
    expect(plain(formatMoney(1160, 'brl', 'pt-BR'))).toBe('R$ 11,60');
  });

  test('a non-finite amount gives an empty string, never "NaN"', () => {
    expect(formatMoney(Number.NaN, 'BRL', 'pt-BR')).toBe('');
  });
});
