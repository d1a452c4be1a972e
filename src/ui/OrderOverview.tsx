import type { Order } from '../domain/index.ts';
import { BuyAgain } from './BuyAgain.tsx';
import { useEnv } from './env.ts';
import { RelatedOrders } from './RelatedOrders.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The order at a glance: its stage, when it was placed, its purchase, and "Buy again". */
export function OrderOverview({ order }: { order: Order }) {
  const { t, format } = useEnv();
  return (
    <div class="detail-overview">
      <p class="detail-stage">
        <StatusBadge order={order} />
      </p>
      <p class="detail-placed">{t('list.row.placedOn', { date: format.date(order.creationDate) })}</p>
      <RelatedOrders order={order} />
      {order.omittedEntries > 0 && <p class="detail-omitted">{t('detail.omitted', { count: order.omittedEntries })}</p>}
      <div class="detail-actions">
        <BuyAgain order={order} />
      </div>
    </div>
  );
}
