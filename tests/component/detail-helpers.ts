/**
 * Shared steps for the order detail tests: read the mock over HTTP (the same endpoints the
 * widget uses) to pick orders by what they hold, open one the way a shopper does (its row in
 * the list, searching for it when it is not on the first page), and write expected money and
 * dates by hand from the fixture values, never with the widget's own formatters.
 */

import { waitFor, type within } from '@testing-library/dom';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, expect } from 'vitest';
import type { WireOrderDetail, WireOrderList, WireOrderListItem } from '../../src/contract/vtex-orders.ts';
import { normaliseSpaces } from './support/widget-harness.ts';

export type View = ReturnType<typeof within>;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin' });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** Every listed order of the signed-in shopper, newest first. */
export async function listAll(): Promise<WireOrderListItem[]> {
  const rows: WireOrderListItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson<WireOrderList>(`/api/oms/user/orders?page=${page}&per_page=100`);
    rows.push(...body.list);
    if (page >= body.paging.pages) return rows;
  }
}

export function readDetail(orderId: string): Promise<WireOrderDetail> {
  return getJson<WireOrderDetail>(`/api/oms/user/orders/${encodeURIComponent(orderId)}`);
}

/** The details of every listed order, to pick the ones a test needs. */
export async function allDetails(): Promise<WireOrderDetail[]> {
  const rows = await listAll();
  return Promise.all(rows.map((row) => readDetail(row.orderId)));
}

/**
 * Every order of the main shopper, read over HTTP once before the file's tests; the array is
 * filled in place, so tests can hold it from the start.
 */
export function useSeedDetails(signIn: (shopper: 'main' | null) => void): WireOrderDetail[] {
  const details: WireOrderDetail[] = [];
  beforeAll(async () => {
    signIn('main');
    details.push(...(await allDetails()));
    signIn(null);
  });
  return details;
}

export function pick(
  details: WireOrderDetail[],
  test: (order: WireOrderDetail) => boolean,
  what: string,
): WireOrderDetail {
  const found = details.find(test);
  if (!found) throw new Error(`the mock has no order that ${what}`);
  return found;
}

/** Opens an order from the list and waits until it is on screen (or has failed). */
export async function openFromList(
  view: View,
  user: UserEvent,
  orderId: string,
  labels = EN_LABELS,
): Promise<HTMLElement> {
  const heading = await startOpening(view, user, orderId, labels);
  await orderSettled(view);
  return heading;
}

/** Chooses the order's row in the list (searching for it when needed); returns its page's heading, as soon as it is there. */
export async function startOpening(
  view: View,
  user: UserEvent,
  orderId: string,
  labels = EN_LABELS,
): Promise<HTMLElement> {
  await view.findByRole('heading', { level: 2, name: labels.listHeading });
  const name = labels.rowOpen(orderId);
  let row = view.queryByRole('button', { name });
  if (!row) {
    await waitForRows(view);
    row = view.queryByRole('button', { name });
  }
  if (!row) {
    const search = view.getByRole('searchbox', { name: labels.search });
    await user.type(search, `${orderId}{Enter}`);
    row = await view.findByRole('button', { name });
  }
  await user.click(row);
  return view.findByRole('heading', { level: 2, name: labels.detailHeading(orderId) });
}

/** Waits until the open order is on screen or has failed (its page is no longer busy). */
export async function orderSettled(view: View): Promise<void> {
  await waitFor(() => expect(view.getByRole('article').getAttribute('aria-busy')).toBe('false'));
}

async function waitForRows(view: View): Promise<void> {
  await expect.poll(() => view.queryAllByRole('button', { name: /^(Order|Pedido) / }).length).toBeGreaterThan(0);
}

export interface ListLabels {
  listHeading: string;
  search: string;
  rowOpen(orderId: string): string;
  detailHeading(orderId: string): string;
}

export const EN_LABELS: ListLabels = {
  listHeading: 'Your orders',
  search: 'Order number or product',
  rowOpen: (orderId) => `Order ${orderId}`,
  detailHeading: (orderId) => `Order ${orderId}`,
};

export const PT_LABELS: ListLabels = {
  listHeading: 'Seus pedidos',
  search: 'Número do pedido ou produto',
  rowOpen: (orderId) => `Pedido ${orderId}`,
  detailHeading: (orderId) => `Pedido ${orderId}`,
};

export const ES_LABELS: ListLabels = {
  listHeading: 'Tus pedidos',
  search: 'Número de pedido o producto',
  rowOpen: (orderId) => `Pedido ${orderId}`,
  detailHeading: (orderId) => `Pedido ${orderId}`,
};

export type Locale = 'en' | 'pt-BR' | 'es';

/** Written out from CLDR as Node 20's ICU prints it; the tests must not call Intl themselves. */
const SYMBOLS: Record<Locale, Record<string, string>> = {
  en: { BRL: 'R$', USD: '$', EUR: '€' },
  'pt-BR': { BRL: 'R$', USD: 'US$', EUR: '€' },
  es: { BRL: 'BRL', USD: 'US$', EUR: '€' },
};

function grouped(integer: string, separator: string, minimum: number): string {
  if (integer.length < 3 + minimum) return integer;
  return integer.replace(/\B(?=(\d{3})+$)/g, separator);
}

/** Integer cents as each locale writes money: `R$1,234.50`, `R$ 1.234,50`, `1234,50 BRL`. */
export function expectedMoney(cents: number, currency: string, locale: Locale): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const integer = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const symbol = SYMBOLS[locale][currency];
  if (!symbol) throw new Error(`no symbol for ${currency}`);
  switch (locale) {
    case 'en':
      return `${sign}${symbol}${grouped(integer, ',', 1)}.${fraction}`;
    case 'pt-BR':
      return `${sign}${symbol} ${grouped(integer, '.', 1)},${fraction}`;
    case 'es':
      // Spanish groups thousands only from five digits on.
      return `${sign}${grouped(integer, '.', 2)},${fraction} ${symbol}`;
  }
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'pt-BR': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

const WIRE_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** A wire date's instant in ms, read by hand (VTEX sends up to 7 fractional digits). */
export function wireInstant(text: string): number {
  const match = WIRE_DATE.exec(text);
  if (!match) throw new Error(`not a wire date: ${text}`);
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = match;
  const offset =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms) - offset * 60_000;
}

/** The wall clock of an instant in a zone given as a fixed UTC offset (hours). */
function wallClock(instant: number, offsetHours: number) {
  const local = new Date(instant + offsetHours * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** Medium date style: `Jun 14, 2026`, `14 de jun. de 2026`, `14 jun 2026`. */
export function expectedDate(wire: string, offsetHours: number, locale: Locale): string {
  const { year, month, day } = wallClock(wireInstant(wire), offsetHours);
  const name = MONTHS[locale][month];
  switch (locale) {
    case 'en':
      return `${name} ${day}, ${year}`;
    case 'pt-BR':
      return `${day} de ${name} de ${year}`;
    case 'es':
      return `${day} ${name} ${year}`;
  }
}

/** Medium date, short time: `Jun 14, 2026, 8:23 AM`, `14 de jun. de 2026, 08:23`, `14 jun 2026, 8:23`. */
export function expectedDateTime(wire: string, offsetHours: number, locale: Locale): string {
  const { hour, minute } = wallClock(wireInstant(wire), offsetHours);
  const mm = String(minute).padStart(2, '0');
  const date = expectedDate(wire, offsetHours, locale);
  switch (locale) {
    case 'en':
      return `${date}, ${hour % 12 === 0 ? 12 : hour % 12}:${mm} ${hour < 12 ? 'AM' : 'PM'}`;
    case 'pt-BR':
      return `${date}, ${String(hour).padStart(2, '0')}:${mm}`;
    case 'es':
      return `${date}, ${hour}:${mm}`;
  }
}

/** UTC offsets of the mock's store zones in June (São Paulo has no DST since 2019). */
export const JUNE_OFFSETS: Record<string, number> = { BRL: -3, USD: -4, EUR: 2 };

/** The section under an h3, found by its heading as a shopper scans for it. */
export function section(view: View, name: string | RegExp): HTMLElement {
  const heading = view.getByRole('heading', { level: 3, name });
  const found = heading.closest('section');
  if (!found) throw new Error(`no section around heading ${String(name)}`);
  return found;
}

/** Each line of each timeline step, as the shopper reads them. */
export function timelineSteps(view: View, heading = 'Progress'): string[][] {
  const list = section(view, heading).querySelector('ol');
  if (!list) throw new Error('the timeline has no list');
  return [...list.children].map((step) =>
    [...step.querySelectorAll('p')].map((line) => normaliseSpaces(line.textContent)),
  );
}

/** Label/value pairs of a description list, in order. */
export function pairs(list: Element): Array<[string, string]> {
  return [...list.querySelectorAll('dt')].map((term) => [
    normaliseSpaces(term.textContent),
    normaliseSpaces(term.nextElementSibling?.textContent),
  ]);
}
