import { describe, expect, test } from 'vitest';
import { resolveTimeZone } from '../../../src/domain/index.ts';

describe('resolveTimeZone', () => {
  test('store zone, else the fallback, else the shopper zone; never throws', () => {
    expect(resolveTimeZone('Asia/Tokyo', 'UTC')).toBe('Asia/Tokyo');
    // A Windows name is not an IANA zone: the fallback.
    expect(resolveTimeZone('Tokyo Standard Time', 'UTC')).toBe('UTC');
    expect(resolveTimeZone('Narnia Standard Time', 'Europe/Madrid')).toBe('Europe/Madrid');
    const shopper = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(resolveTimeZone('Narnia Standard Time', 'also bad')).toBe(shopper);
    expect(resolveTimeZone(null)).toBe(shopper);
  });
});
