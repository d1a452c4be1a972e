import type { Order } from '../domain/index.ts';
import { currentValue } from '../state/load.ts';
import { useEnv } from './env.ts';

/**
 * A split purchase (one order per seller): the purchase it belongs to and the other orders of
 * it that the loaded list page shows (the detail itself does not name them).
 */
export function RelatedOrders({ order }: { order: Order }) {
  const { t, model } = useEnv();
  const group = order.orderGroup;
  if (group === null) return null;
  const rows = currentValue(model.list.result.value)?.rows ?? [];
  const related = rows.filter((row) => row.orderGroup === group && row.orderId !== order.orderId);
  // Without siblings in view, only a suffix other than -01 proves the purchase was split.
  if (related.length === 0 && /-01$/.test(order.orderId)) return null;
  return (
    <div class="detail-related">
      <p>{t('detail.partOfPurchase', { group })}</p>
      {related.length > 0 && (
        <>
          <p class="detail-related-label">{t('detail.relatedOrders')}</p>
          <ul class="detail-related-list">
            {related.map((row) => (
              <li key={row.orderId}>
                <button type="button" class="link-button" onClick={() => void model.openOrder(row.orderId)}>
                  {t('detail.relatedOrder', { orderId: row.orderId })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
