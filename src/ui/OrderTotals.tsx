import type { Order, OrderTotal, OrderTotalKind } from '../domain/index.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { useEnv } from './env.ts';

const ORDER: readonly OrderTotalKind[] = ['items', 'discounts', 'shipping', 'tax', 'change', 'other'];

const LABELS: Partial<Record<OrderTotalKind, MessageKey>> = {
  items: 'items.heading',
  discounts: 'totals.Discounts',
  shipping: 'totals.Shipping',
  tax: 'totals.Tax',
  change: 'totals.Change',
};

function label(total: OrderTotal, t: Translate): string {
  const key = LABELS[total.kind];
  // An unknown total keeps the store's own label (in the store's language).
  return key ? t(key) : (total.name ?? total.id);
}

/** Items, discounts (negative in VTEX), shipping, tax, in that order, then the total. */
export function OrderTotals({ order }: { order: Order }) {
  const { t, format } = useEnv();
  const totals = [...order.totals].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return (
    <section class="detail-section detail-totals">
      <h3>{t('totals.heading')}</h3>
      <dl class="totals-list">
        {totals.map((total) => (
          <div key={total.id} class="totals-row" data-kind={total.kind}>
            <dt>{label(total, t)}</dt>
            <dd>{format.money(total.value, order.currencyCode)}</dd>
          </div>
        ))}
        <div class="totals-row totals-grand">
          <dt>{t('totals.total')}</dt>
          <dd>{format.money(order.value, order.currencyCode)}</dd>
        </div>
      </dl>
    </section>
  );
}
