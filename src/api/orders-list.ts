/**
 * The order list endpoint, whole: the query it sends (`page`, `per_page` and VTEX's documented
 * filters), the call, and the page it reads back, with paging VTEX does not always tell right.
 */

import type { OrderFilter, OrderSummary } from '../domain/index.ts';
import { hasActiveFilter, matchesOrderFilter } from '../domain/index.ts';
import { OrdersApiError } from './errors.ts';
import { toOrderSummary } from './map-summary.ts';
import { isRecord, mapRecords, readCount, readRecord } from './read.ts';
import type { CallOptions, Transport } from './transport.ts';

export const LIST_PATH = 'api/oms/user/orders';

/** The list as the model reads it. */
export interface ListApi {
  listOrders(params: ListOrdersParams, options?: CallOptions): Promise<OrderPage>;
  /** The store's clock, in epoch ms (transport.ts). */
  serverNow(): number;
}

export function listOrders(wire: Transport, params: ListOrdersParams, call?: CallOptions): Promise<OrderPage> {
  const { page, perPage } = normalisePaging(params);
  // Never an empty query: page and per_page are always there.
  return wire
    .getJson(`${LIST_PATH}?${listSearchParams(params)}`, call)
    .then((json) => toOrderPage(json, page, perPage, params));
}

export function listApiOver(wire: Transport): ListApi {
  return { listOrders: (params, call) => listOrders(wire, params, call), serverNow: () => wire.serverNow() };
}

/* The shopper list's query string: `page`, `per_page`, and VTEX's documented filters. */
export interface ListOrdersParams extends OrderFilter {
  /** 1-based. */
  page: number;
  perPage: number;
}

export const MAX_PER_PAGE = 100;

export function normalisePaging(params: Pick<ListOrdersParams, 'page' | 'perPage'>): { page: number; perPage: number } {
  const page = Number.isFinite(params.page) ? Math.max(1, Math.floor(params.page)) : 1;
  const perPage = Number.isFinite(params.perPage)
    ? Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(params.perPage)))
    : 15;
  return { page, perPage };
}

function bound(date: Date | null | undefined): string {
  return date instanceof Date && Number.isFinite(date.getTime()) ? date.toISOString() : '*';
}

export function listSearchParams(params: ListOrdersParams): URLSearchParams {
  const { page, perPage } = normalisePaging(params);
  const search = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  for (const status of params.status ?? []) {
    if (status.trim()) search.append('status', status.trim());
  }
  const text = params.text?.trim();
  if (text) search.set('text', text);
  const { from, to } = params.creationDate ?? {};
  if (from || to) search.set('creation_date', `creationDate:[${bound(from)} TO ${bound(to)}]`);
  return search;
}

/*
 * `GET /api/oms/user/orders` -> OrderPage. VTEX's paging is not trustworthy (its own example
 * says total 19, pages 10, perPage 2 beside 10 rows), so paging is derived from what was asked
 * and what came back, using the server's total only where it does not contradict the rows.
 */
export interface Paging {
  /** 1-based. */
  page: number;
  perPage: number;
  /** Orders in the whole list, as far as can be told. */
  total: number;
  /** False when `total` is only a lower bound (the store gave no usable total). */
  totalIsExact: boolean;
  pages: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

export interface OrderPage {
  summaries: OrderSummary[];
  paging: Paging;
  /**
   * False when a filtered request came back with rows outside the filter: the store ignored
   * the filters, so the view filters loaded rows itself and says it searched only those.
   */
  filtersHonoured: boolean;
  /** Rows dropped because they were unusable (no orderId, not an object). */
  omittedRows: number;
}

export function derivePaging(page: number, perPage: number, rows: number, serverTotal: number | null): Paging {
  // A server that ignores per_page and sends more rows than asked sets the real page size.
  const size = Math.max(perPage, rows, 1);
  const seen = (page - 1) * size + rows;
  // A full page: more may follow. Without a believable server total (none, or fewer than the
  // rows already seen), assume there is: an empty next page is handled below.
  const full = rows === size;
  const known = full && serverTotal !== null && serverTotal >= seen ? serverTotal : null;
  // An empty page past the end (orders went away): the earlier pages still exist. Any other
  // short page is the last one: it alone fixes the total.
  const past = !full && rows === 0 && page > 1;
  const total = known ?? (past ? Math.min(serverTotal ?? seen, seen) : seen);
  const hasNext = full && (known === null || known > seen);
  return {
    page,
    perPage: size,
    total,
    totalIsExact: full ? known !== null : !past,
    pages: Math.max(hasNext ? page + 1 : 0, Math.ceil(total / size)),
    hasNext,
    hasPrevious: page > 1,
  };
}

export function toOrderPage(json: unknown, page: number, perPage: number, filter: OrderFilter): OrderPage {
  if (!isRecord(json) || !Array.isArray(json.list)) {
    throw new OrdersApiError('bad-response', { detail: 'order list has no list array' });
  }
  // One garbled row should not hide the shopper's other orders: drop it and count it.
  const { values: summaries, omitted } = mapRecords(json.list, toOrderSummary);
  if (json.list.length > 0 && summaries.length === 0) {
    throw new OrdersApiError('bad-response', { detail: 'no usable row in the order list' });
  }
  const serverTotal = readCount(readRecord(json.paging)?.total);
  return {
    summaries,
    paging: derivePaging(page, perPage, json.list.length, serverTotal),
    filtersHonoured: !hasActiveFilter(filter) || summaries.every((summary) => matchesOrderFilter(summary, filter)),
    omittedRows: omitted,
  };
}
