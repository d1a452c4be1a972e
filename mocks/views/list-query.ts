/** The shopper list's query string: paging and the filters VTEX documents. */
import { badRequest } from '../flow/errors.ts';

export interface ListQuery {
  page: number;
  perPage: number;
  statuses: string[];
  text: string | null;
  createdFrom: number | null;
  createdTo: number | null;
}

export const DEFAULT_PER_PAGE = 15;
export const MAX_PER_PAGE = 100;

function positiveInt(raw: string | null, fallback: number): number {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 ? value : fallback;
}

function rangeEnd(raw: string): number | null {
  const text = raw.trim();
  if (text === '*') return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw badRequest(`Invalid date in creation_date: ${text}`);
  return ms;
}

/** `creationDate:[<ISO> TO <ISO>]`, either end may be `*`. */
function parseCreationDate(raw: string | null): { from: number | null; to: number | null } {
  if (raw === null || raw.trim() === '') return { from: null, to: null };
  const match = /^\s*(?:creationDate:)?\[(.+?)\s+TO\s+(.+?)\]\s*$/i.exec(raw);
  if (!match?.[1] || !match[2]) throw badRequest('creation_date must look like creationDate:[<ISO> TO <ISO>]');
  return { from: rangeEnd(match[1]), to: rangeEnd(match[2]) };
}

/** Throws a 400 FlowError on a malformed creation_date; paging values are clamped, never refused. */
export function parseListQuery(url: URL): ListQuery {
  const params = url.searchParams;
  const { from, to } = parseCreationDate(params.get('creation_date'));
  const text = params.get('text')?.trim() ?? '';
  return {
    page: positiveInt(params.get('page'), 1),
    perPage: Math.min(MAX_PER_PAGE, positiveInt(params.get('per_page'), DEFAULT_PER_PAGE)),
    statuses: params
      .getAll('status')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
    text: text === '' ? null : text.toLowerCase(),
    createdFrom: from,
    createdTo: to,
  };
}
