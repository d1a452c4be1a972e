/**
 * The widget's place written into, and read from, the page URL's hash under a prefix:
 * `#my-orders/order/1234-01`, `#my-orders/list?page=2&stage=canceled&q=text&from=...&to=...`.
 * Hashes come from anyone (an e-mail, a forum post): every part is checked, a bad value is
 * dropped, and nothing read here reaches the page except as data.
 */
import { FILTER_STAGES, type FilterStage, type ListFilters, NO_FILTERS } from '../../state/list-model.ts';
import { type RestoreTarget, type ShopperPlace, sameFilters } from '../../state/widget-model.ts';

const ORDER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_PAGE = 10_000;
const MAX_TEXT = 200;

export const HOME: Required<RestoreTarget> = { orderId: null, list: { page: 1, filters: NO_FILTERS } };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function asDay(value: string | null): string | null {
  const match = value ? DAY_PATTERN.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

function asStage(value: string | null): FilterStage | null {
  return FILTER_STAGES.find((stage) => stage === value) ?? null;
}

function asPage(value: string | null): number {
  if (!value || !/^\d{1,5}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

function asText(value: string | null): string {
  const text = (value ?? '').replace(/\p{Cc}/gu, '').trim();
  return text.length <= MAX_TEXT ? text : '';
}

function parseListQuery(query: string): { page: number; filters: ListFilters } {
  const params = new URLSearchParams(query);
  let from = asDay(params.get('from'));
  let to = asDay(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    page: asPage(params.get('page')),
    filters: { stage: asStage(params.get('stage')), text: asText(params.get('q')), from, to },
  };
}

/** The place a hash names; null when the hash is not ours (another prefix, or none). */
export function parseHash(hash: string, prefix: string): RestoreTarget | null {
  if (!hash.startsWith(prefix)) return null;
  const rest = hash.slice(prefix.length);
  const separator = rest.indexOf('?');
  const path = separator === -1 ? rest : rest.slice(0, separator);
  if (path.startsWith('order/')) {
    const orderId = decode(path.slice('order/'.length));
    return orderId !== null && ORDER_ID_PATTERN.test(orderId) ? { orderId } : HOME;
  }
  if (path !== 'list' && path !== '') return HOME;
  return { orderId: null, list: parseListQuery(separator === -1 ? '' : rest.slice(separator + 1)) };
}

export function formatHash(prefix: string, place: ShopperPlace): string {
  if (place.orderId !== null) return `${prefix}order/${encodeURIComponent(place.orderId)}`;
  const { filters } = place;
  const params = new URLSearchParams();
  if (place.page > 1) params.set('page', String(place.page));
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.text) params.set('q', filters.text);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const query = params.toString();
  return `${prefix}list${query ? `?${query}` : ''}`;
}

export function isHome(place: ShopperPlace): boolean {
  return place.orderId === null && place.page === 1 && sameFilters(place.filters, NO_FILTERS);
}

/** Whether going to `target` would change nothing. */
export function isAt(place: ShopperPlace, target: RestoreTarget): boolean {
  if (target.orderId !== place.orderId) return false;
  return !target.list || (target.list.page === place.page && sameFilters(target.list.filters, place.filters));
}
