import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveTimeZone, toIanaTimeZone } from '../../../src/domain/index.ts';

/**
 * Every `'windows name': 'IANA/Zone'` entry of the mapping, read from its source (the map is
 * private), so a zone added there is checked here without a second list to keep in step.
 */
function mappedWindowsZones(): Array<[string, string]> {
  const source = readFileSync(new URL('../../../src/domain/windows-time-zones.ts', import.meta.url), 'utf8');
  const table = source.slice(source.indexOf('Object.entries({'), source.indexOf('}),'));
  return [...table.matchAll(/^ *'?([^':\n]+)'?: '([^'\n]+)',$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

describe('toIanaTimeZone', () => {
  test.each([
    ['E. South America Standard Time', 'America/Sao_Paulo'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Central Standard Time', 'America/Chicago'],
    ['Mountain Standard Time', 'America/Denver'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['Central Europe Standard Time', 'Europe/Budapest'],
    ['SA Pacific Standard Time', 'America/Bogota'],
    ['SA Western Standard Time', 'America/La_Paz'],
    ['Argentina Standard Time', 'America/Argentina/Buenos_Aires'],
    ['Pacific SA Standard Time', 'America/Santiago'],
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['China Standard Time', 'Asia/Shanghai'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['UTC', 'UTC'],
    ['UTC-03', 'Etc/GMT+3'],
    ['UTC+12', 'Etc/GMT-12'],
  ])('Windows %j -> %s', (windows, iana) => {
    expect(toIanaTimeZone(windows)).toBe(iana);
  });

  test('matching ignores case and surrounding spaces', () => {
    expect(toIanaTimeZone('  e. south america standard time ')).toBe('America/Sao_Paulo');
  });

  test('IANA names pass through', () => {
    expect(toIanaTimeZone('America/Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(toIanaTimeZone('Europe/Lisbon')).toBe('Europe/Lisbon');
  });

  test.each([null, undefined, '', 'Narnia Standard Time', 'Mars/Olympus_Mons'])('unusable %j -> null', (zone) => {
    expect(toIanaTimeZone(zone)).toBeNull();
  });

  test('every mapped zone resolves to its IANA zone, which this Intl accepts', () => {
    const mapped = mappedWindowsZones();
    // CLDR's territory-001 list as the source has it; a parse that finds few means the source moved.
    expect(mapped.length).toBeGreaterThan(50);
    for (const [windows, iana] of mapped) {
      expect(toIanaTimeZone(windows), windows).toBe(iana);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: iana }), iana).not.toThrow();
    }
  });
});

describe('resolveTimeZone', () => {
  test('store zone, else the fallback, else the shopper zone; never throws', () => {
    expect(resolveTimeZone('Asia/Tokyo', 'UTC')).toBe('Asia/Tokyo');
    // Windows names are the order mapping's job (toIanaTimeZone), not the formatters'.
    expect(resolveTimeZone('Tokyo Standard Time', 'UTC')).toBe('UTC');
    expect(resolveTimeZone('Narnia Standard Time', 'Europe/Madrid')).toBe('Europe/Madrid');
    const shopper = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(resolveTimeZone('Narnia Standard Time', 'also bad')).toBe(shopper);
    expect(resolveTimeZone(null)).toBe(shopper);
  });
});
