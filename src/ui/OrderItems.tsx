import type { Order } from '../domain/index.ts';
import { useEnv } from './env.ts';
import { OrderItemRow } from './OrderItemRow.tsx';

/** The items as a table: product, quantity, unit price, line total. */
export function OrderItems({ order }: { order: Order }) {
  const { t } = useEnv();
  return (
    <section class="detail-section detail-items">
      <h3>{t('items.heading')}</h3>
      {order.items.length === 0 ? (
        <p>{t('detail.unavailable')}</p>
      ) : (
        <table class="items-table">
          <thead>
            <tr>
              <th scope="col">{t('items.product')}</th>
              <th scope="col">{t('items.quantity')}</th>
              <th scope="col">{t('items.unitPrice')}</th>
              <th scope="col">{t('totals.total')}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item, index) => (
              <OrderItemRow key={item.uniqueId ?? index} item={item} currency={order.currencyCode} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
