/**
 * The order list: the query (page and filters), the loaded page, and the actions that move
 * them. One request per page; a newer query aborts the request of the older one. Rows on
 * screen stay as they are while the next ones load, and show as loading only after
 * BUSY_AFTER_MS: a store that answers sooner never flashes busy rows or a cleared announcement.
 */
import { createModel, signal } from '@preact/signals';
import type { ListApi, OrderPage, OrdersApiError } from '../api/index.ts';
import type { OrderFilter, OrderStage, OrderSummary } from '../domain/index.ts';
import { KNOWN_STATUSES, matchesOrderFilter, stageOfStatus } from '../domain/index.ts';
import { asApiError } from './api-error.ts';
import { currentValue, type Load } from './load.ts';
import { onDispose, withDispose } from './model.ts';

/** The stages a shopper can filter by (`delivered` is a kind of `shipped` the list cannot see). */
export const FILTER_STAGES = [
  'placed',
  'pending-approval',
  'payment-pending',
  'payment-approved',
  'payment-denied',
  'preparing',
  'shipped',
  'cancellation-requested',
  'canceled',
] as const satisfies readonly OrderStage[];

export type FilterStage = (typeof FILTER_STAGES)[number];

export interface ListFilters {
  stage: FilterStage | null;
  text: string;
  /** `yyyy-mm-dd`, the shopper's own calendar day. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: ListFilters = { stage: null, text: '', from: null, to: null };

export interface ListView {
  page: OrderPage;
  rows: OrderSummary[];
  /** The store ignored some filters, so rows were filtered here, among the loaded ones only. */
  filteredLocally: boolean;
  /** The query these rows answer (page and filters): the view draws another query's rows as a new list. */
  query: string;
}

/** How long a reload leaves the page on screen unmarked before it shows as loading. */
export const BUSY_AFTER_MS = 200;

export function statusesOfStage(stage: FilterStage): string[] {
  return KNOWN_STATUSES.filter((status) => stageOfStatus(status) === stage);
}

function dayStart(day: string | null): Date | null {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(date.getTime()) ? date : null;
}

export function toOrderFilter(filters: ListFilters): OrderFilter {
  const from = dayStart(filters.from);
  const toDay = dayStart(filters.to);
  const to = toDay ? new Date(toDay.getTime() + 86_400_000 - 1) : null;
  return {
    status: filters.stage ? statusesOfStage(filters.stage) : undefined,
    text: filters.text.trim() || undefined,
    creationDate: from || to ? { from, to } : undefined,
  };
}

const List = createModel((api: ListApi, perPage: number) => {
  const page = signal(1);
  const filters = signal<ListFilters>(NO_FILTERS);
  const result = signal<Load<ListView, OrdersApiError>>({ status: 'idle' });
  let inFlight: AbortController | null = null;
  onDispose(() => inFlight?.abort());

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const filter = toOrderFilter(filters.value);
    const query = JSON.stringify([page.value, filters.value]);
    const shown = result.value;
    const busy = () => {
      if (!controller.signal.aborted) result.value = { status: 'loading', previous: currentValue(shown) };
    };
    // Rows on screen wait; anything else (nothing yet, an error, no orders or no results: words
    // about the old query) gives way at once.
    const later = shown.status === 'ready' && shown.value.rows.length ? setTimeout(busy, BUSY_AFTER_MS) : undefined;
    if (!later) busy();
    try {
      const loaded = await api.listOrders({ ...filter, page: page.value, perPage }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const rows = loaded.filtersHonoured
        ? loaded.summaries
        : loaded.summaries.filter((summary) => matchesOrderFilter(summary, filter));
      result.value = {
        status: 'ready',
        value: { page: loaded, rows, filteredLocally: !loaded.filtersHonoured, query },
        loadedAt: api.serverNow(),
      };
    } catch (error) {
      if (controller.signal.aborted) return;
      result.value = { status: 'error', error: asApiError(error), previous: currentValue(result.value) };
    } finally {
      clearTimeout(later);
      if (inFlight === controller) inFlight = null;
    }
  }

  // Called by actions only, so one batch already holds both writes.
  function applyFilters(next: ListFilters): Promise<void> {
    filters.value = { ...next, text: next.text.trim() };
    page.value = 1;
    return load();
  }

  return {
    page,
    filters,
    result,
    load,
    applyFilters,
    goToPage(next: number): Promise<void> {
      page.value = Math.max(1, Math.floor(next));
      return load();
    },
    clearFilters: (): Promise<void> => applyFilters(NO_FILTERS),
  };
});

/** `dispose()` aborts the request in flight. */
export const createListModel = (api: ListApi, perPage: number) => withDispose(new List(api, perPage));

export type ListModel = ReturnType<typeof createListModel>;
