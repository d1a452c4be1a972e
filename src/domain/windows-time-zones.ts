/**
 * Store time zones as VTEX sends them in an order: Windows zone names
 * (`E. South America Standard Time`), on which Intl throws. Map the common ones to IANA (CLDR
 * windowsZones, territory 001) and never throw. Only the order's mapping needs it.
 */
import { isValidTimeZone } from './time-zones.ts';

const IANA_BY_WINDOWS_ZONE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    utc: 'UTC',
    'coordinated universal time': 'UTC',
    'e. south america standard time': 'America/Sao_Paulo',
    'central brazilian standard time': 'America/Cuiaba',
    'bahia standard time': 'America/Bahia',
    'tocantins standard time': 'America/Araguaina',
    'sa eastern standard time': 'America/Cayenne',
    'sa pacific standard time': 'America/Bogota',
    'sa western standard time': 'America/La_Paz',
    'argentina standard time': 'America/Argentina/Buenos_Aires',
    'pacific sa standard time': 'America/Santiago',
    'montevideo standard time': 'America/Montevideo',
    'paraguay standard time': 'America/Asuncion',
    'venezuela standard time': 'America/Caracas',
    'central america standard time': 'America/Guatemala',
    'central standard time (mexico)': 'America/Mexico_City',
    'mountain standard time (mexico)': 'America/Mazatlan',
    'pacific standard time (mexico)': 'America/Tijuana',
    'eastern standard time (mexico)': 'America/Cancun',
    'pacific standard time': 'America/Los_Angeles',
    'mountain standard time': 'America/Denver',
    'us mountain standard time': 'America/Phoenix',
    'central standard time': 'America/Chicago',
    'eastern standard time': 'America/New_York',
    'us eastern standard time': 'America/Indiana/Indianapolis',
    'atlantic standard time': 'America/Halifax',
    'newfoundland standard time': 'America/St_Johns',
    'alaskan standard time': 'America/Anchorage',
    'hawaiian standard time': 'Pacific/Honolulu',
    'canada central standard time': 'America/Regina',
    'gmt standard time': 'Europe/London',
    'greenwich standard time': 'Atlantic/Reykjavik',
    'w. europe standard time': 'Europe/Berlin',
    'romance standard time': 'Europe/Paris',
    'central europe standard time': 'Europe/Budapest',
    'central european standard time': 'Europe/Warsaw',
    'e. europe standard time': 'Europe/Chisinau',
    'gtb standard time': 'Europe/Bucharest',
    'fle standard time': 'Europe/Kiev',
    'russian standard time': 'Europe/Moscow',
    'turkey standard time': 'Europe/Istanbul',
    'israel standard time': 'Asia/Jerusalem',
    'south africa standard time': 'Africa/Johannesburg',
    'w. central africa standard time': 'Africa/Lagos',
    'egypt standard time': 'Africa/Cairo',
    'arabian standard time': 'Asia/Dubai',
    'arab standard time': 'Asia/Riyadh',
    'india standard time': 'Asia/Kolkata',
    'china standard time': 'Asia/Shanghai',
    'singapore standard time': 'Asia/Singapore',
    'taipei standard time': 'Asia/Taipei',
    'tokyo standard time': 'Asia/Tokyo',
    'korea standard time': 'Asia/Seoul',
    'se asia standard time': 'Asia/Bangkok',
    'aus eastern standard time': 'Australia/Sydney',
    'e. australia standard time': 'Australia/Brisbane',
    'w. australia standard time': 'Australia/Perth',
    'new zealand standard time': 'Pacific/Auckland',
  }),
);

/** Windows `UTC-03` / `UTC+12` fixed offsets -> `Etc/GMT+3` / `Etc/GMT-12` (POSIX sign is inverted). */
function fixedOffsetZone(name: string): string | null {
  const match = /^utc([+-])(\d{1,2})$/i.exec(name);
  if (!match) return null;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

/** An IANA zone for a store zone name (IANA or Windows), or null when it cannot be used. */
export function toIanaTimeZone(zone: string | null | undefined): string | null {
  const name = zone?.trim();
  if (!name) return null;
  const mapped = IANA_BY_WINDOWS_ZONE.get(name.toLowerCase()) ?? fixedOffsetZone(name);
  if (mapped && isValidTimeZone(mapped)) return mapped;
  return isValidTimeZone(name) ? name : null;
}
