/** The shopper list's query string: `page`, `per_page`, and VTEX's documented filters. */
import type { OrderFilter } from '../domain/index.ts';

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
