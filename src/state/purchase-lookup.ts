/**
 * The other orders of a split purchase, as the store lists them. VTEX's order detail names its
 * purchase (`orderGroup`) but not the purchase's other orders. When the loaded list page does
 * not already show the whole purchase (an order opened from a link or a search, or at a page's
 * edge: `pageShowsPurchase`), the list is searched for the purchase once its detail has been
 * read (`text`, one page of the most the store gives), once per purchase for the widget's life,
 * and the rows of that purchase it returns are known. A store that ignores `text` answers with
 * its newest orders, of which only the purchase's own count. A failed search is silent: the
 * relation then shows what the order's own number proves (domain/purchase.ts), and the next
 * opening of the purchase asks again.
 */
import { createModel, effect, signal } from '@preact/signals';
import { type ListApi, MAX_PER_PAGE } from '../api/index.ts';
import { hasActiveFilter, type PurchaseMember, pageShowsPurchase } from '../domain/index.ts';
import type { DetailModel } from './detail-model.ts';
import { type ListModel, toOrderFilter } from './list-model.ts';
import { currentValue } from './load.ts';
import { onDispose, withDispose } from './model.ts';

export interface PurchaseLookupDeps {
  api: Pick<ListApi, 'listOrders'>;
  /** The widget's list: what its loaded page already shows. */
  list: Pick<ListModel, 'result' | 'filters'>;
}

const PurchaseLookup = createModel(({ api, list }: PurchaseLookupDeps, detail: DetailModel) => {
  /** Per purchase, its orders the store listed. */
  const members = signal<ReadonlyMap<string, readonly PurchaseMember[]>>(new Map());
  const asked = new Set<string>();
  const lifetime = new AbortController();
  onDispose(() => lifetime.abort());
  effect(() => {
    const result = detail.result.value;
    if (result.status !== 'ready') return;
    const { orderId, orderGroup: group } = result.value;
    if (group === null || asked.has(group)) return;
    // A page on its way may show the purchase: wait for it (this effect runs again when it comes).
    const listed = list.result.value;
    if (listed.status === 'loading') return;
    const shown = currentValue(listed);
    const page = shown && {
      rows: shown.rows,
      hasPrevious: shown.page.paging.hasPrevious,
      hasNext: shown.page.paging.hasNext,
      filtered: hasActiveFilter(toOrderFilter(list.filters.peek())),
    };
    if (page && pageShowsPurchase(orderId, page)) return;
    asked.add(group);
    api.listOrders({ text: group, page: 1, perPage: MAX_PER_PAGE }, { signal: lifetime.signal }).then(
      (page) => {
        const own = page.summaries.filter((row) => row.orderGroup === group);
        members.value = new Map(members.peek()).set(group, own);
      },
      () => asked.delete(group),
    );
  });
  return { members };
});

export const createPurchaseLookup = (deps: PurchaseLookupDeps, detail: DetailModel) =>
  withDispose(new PurchaseLookup(deps, detail));

export type PurchaseLookup = ReturnType<typeof createPurchaseLookup>;
