/**
 * One order of the list: its number (which opens it), date, stage, when a shipped order should
 * arrive, total, what was bought and how many, and whether it is one of several orders of the
 * same purchase.
 * Shows only what the list carries; images and sellers belong to the detail.
 */
import { useId } from 'preact/hooks';
import { formatNames, type OrderSummary } from '../domain/index.ts';
import type { Translate } from '../i18n/translate.ts';
import { useEnv } from './env.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Up to three names fit a row; beyond that, two names and "and N more". */
const NAMES_SHOWN = 3;

function itemNames(summary: OrderSummary, t: Translate, locale: string): string {
  const items = summary.items ?? [];
  const names = items.map((item) => item.name).filter((name): name is string => name !== null);
  if (names.length === 0) return t('list.row.noItemNames');
  if (names.length <= NAMES_SHOWN && names.length === items.length) return formatNames(names, locale);
  const shown = names.slice(0, NAMES_SHOWN - 1);
  return `${shown.join(', ')} ${t('list.row.moreItems', { count: items.length - shown.length })}`;
}

/**
 * Units bought, from what can be proven: the item rows' quantities when the list carries them
 * (VTEX's `totalItems` may be 0 beside real items), else `totalItems` when positive, else unknown.
 */
function itemCount(summary: OrderSummary): number | null {
  const items = summary.items ?? [];
  const known = items.reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  const complete = items.length > 0 && items.every((item) => item.quantity !== null && item.quantity > 0);
  if (complete) return known;
  // Each item row is at least one unit even when its quantity is unreadable.
  const atLeast = items.reduce((sum, item) => sum + Math.max(1, item.quantity ?? 1), 0);
  const total = summary.totalItems ?? 0;
  const count = Math.max(atLeast, total);
  return count > 0 ? count : null;
}

/**
 * Where a shipped order is: "Delivered" on its day once the order's detail said so (the list
 * carries no courier data); else, from the row's `ShippingEstimatedDate`, "Arriving by" while that
 * moment is ahead of the store's clock, "Expected by" once it has passed. Nothing before shipping.
 */
function arrival(summary: OrderSummary, t: Translate, formatDate: (date: Date) => string, nowMs: number) {
  if (summary.stage === 'delivered' && summary.deliveredDate !== null)
    return t('list.row.deliveredOn', { date: formatDate(summary.deliveredDate) });
  const estimate = summary.shippingEstimatedDate;
  if (summary.stage !== 'shipped' || estimate === null) return null;
  const date = formatDate(estimate);
  return estimate.getTime() >= nowMs ? t('list.row.arrivingBy', { date }) : t('list.row.expectedBy', { date });
}

interface Props {
  summary: OrderSummary;
  /** Other orders of the same purchase on this page. */
  relatedOrders: number;
}

export function OrderRow({ summary, relatedOrders }: Props) {
  const { t, locale, format, model } = useEnv();
  const headingId = useId();
  const count = itemCount(summary);
  const placed = summary.creationDate;
  const arrivingBy = arrival(summary, t, (date) => format.date(date), model.serverNow.value);
  return (
    <li class="order-row" data-related={relatedOrders > 0 ? 'true' : undefined}>
      <article class="order-row-card" aria-labelledby={headingId}>
        <div class="order-row-head">
          <h3 id={headingId} class="order-row-title">
            <button
              type="button"
              class="link-button order-row-open"
              data-order-id={summary.orderId}
              onClick={() => void model.openOrder(summary.orderId)}
            >
              {t('list.row.open', { orderId: summary.orderId })}
            </button>
          </h3>
          <StatusBadge order={summary} />
        </div>
        <p class="order-row-date">
          <time dateTime={placed ? placed.toISOString() : undefined}>
            {t('list.row.placedOn', { date: format.date(placed) })}
          </time>
        </p>
        {arrivingBy !== null && <p class="order-row-arrival">{arrivingBy}</p>}
        <div class="order-row-figures">
          <p class="order-row-total">
            <span class="order-row-label">{t('list.row.total')}</span>{' '}
            <strong class="order-row-money">{format.money(summary.totalValue, summary.currencyCode)}</strong>
          </p>
          {count !== null && <p class="order-row-count">{t('list.row.items', { count })}</p>}
        </div>
        <p class="order-row-items">{itemNames(summary, t, locale)}</p>
        {relatedOrders > 0 && summary.orderGroup !== null && (
          <p class="order-row-related">{t('list.row.related', { group: summary.orderGroup, count: relatedOrders })}</p>
        )}
      </article>
    </li>
  );
}
