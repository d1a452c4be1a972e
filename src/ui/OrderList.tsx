/**
 * The shopper's order list: heading and freshness, filters, the rows of one page (or a
 * skeleton, an empty or no-results state, an error), paging, and a note that the store decides
 * how far back the history goes (the widget shows every order the store's API lists).
 * While a reload runs, the previous rows stay on screen (marked busy once it takes a while).
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { hasActiveFilter } from '../domain/index.ts';
import { toOrderFilter } from '../state/list-model.ts';
import { currentValue } from '../state/load.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { useEnv } from './env.ts';
import { ListSkeleton } from './ListSkeleton.tsx';
import { OrderFilters } from './OrderFilters.tsx';
import { OrderRow } from './OrderRow.tsx';
import { Pagination } from './Pagination.tsx';
import { UpdatedStamp } from './UpdatedStamp.tsx';

export function OrderList() {
  const { t, model } = useEnv();
  const { list } = model;
  const load = list.result.value;
  const view = currentValue(load);
  const filtering = hasActiveFilter(toOrderFilter(list.filters.value));
  const busy = load.status === 'loading' || load.status === 'idle';
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // After paging or clearing, the shopper continues from the top of the new list.
  const focusHeading = () => heading.current?.focus();
  const section = useRef<HTMLElement>(null);

  // Back from an order: the shopper lands on that order's row, where they left the list.
  useEffect(() => {
    const closed = model.lastClosedOrderId.peek();
    if (closed === null) return;
    model.lastClosedOrderId.value = null;
    const opener = [...(section.current?.querySelectorAll<HTMLButtonElement>('.order-row-open') ?? [])].find(
      (button) => button.dataset.orderId === closed,
    );
    (opener ?? heading.current)?.focus();
  }, []);

  const rows = model.rows.value;
  const paging = view?.page.paging ?? null;
  // Empty and no-results speak of the current query only: never of a previous one still on screen.
  const settledEmpty = load.status === 'ready' && rows.length === 0;
  const hasNoOrders = settledEmpty && !filtering && (paging?.page ?? 1) === 1;
  const signedOut = load.status === 'error' && load.error.code === 'unauthorized' && view === null;

  return (
    <section class="order-list" aria-labelledby={headingId} ref={section}>
      <div class="order-list-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('list.heading')}
        </h2>
        <UpdatedStamp />
      </div>
      {!hasNoOrders && !signedOut && <OrderFilters />}
      {load.status === 'error' && <ErrorPanel error={load.error} subject="list" onRetry={() => void list.load()} />}
      {view?.filteredLocally && (
        <p class="order-list-note" role="note">
          {t('list.localFilterNote')}
        </p>
      )}
      {busy && rows.length === 0 && <ListSkeleton label={t('list.loading')} />}
      {rows.length > 0 && (
        <ol
          // Another page or query is a new list, built apart and put in at once; the same query
          // read again keeps its rows, and only what changed in them is touched.
          key={view?.query}
          class="order-rows"
          aria-busy={busy ? 'true' : 'false'}
          aria-labelledby={headingId}
          // A pointer or focus on the rows is the intent to open one: its view starts loading now.
          onPointerOver={model.prepareOrder}
          onFocusIn={model.prepareOrder}
        >
          {rows.map((summary) => (
            <OrderRow
              key={summary.orderId}
              summary={summary}
              // The page's other orders of the same purchase: a split purchase shows as related.
              relatedOrders={
                summary.orderGroup === null ? 0 : rows.filter((row) => row.orderGroup === summary.orderGroup).length - 1
              }
            />
          ))}
        </ol>
      )}
      {hasNoOrders && <EmptyState kind="empty" />}
      {settledEmpty && filtering && (
        <EmptyState
          kind="no-results"
          onClear={() => {
            void list.clearFilters();
            focusHeading();
          }}
        />
      )}
      {paging && (paging.pages > 1 || paging.hasPrevious) && <Pagination paging={paging} onNavigate={focusHeading} />}
      <p class="order-list-older">{t('list.olderNote')}</p>
    </section>
  );
}
