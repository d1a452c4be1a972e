import { type Order, purchaseRelation } from '../domain/index.ts';
import { currentValue } from '../state/load.ts';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * A split purchase (one order per seller): the purchase it belongs to and its other orders, as
 * far as the data names them (domain/purchase.ts): the lower numbers an order `-NN` implies,
 * orders of the same purchase the loaded list shows, and those the store listed when asked for
 * the purchase (state/purchase-lookup.ts). Each opens; nothing else is claimed.
 */
export function RelatedOrders({ order }: { order: Order }) {
  const { t, model } = useEnv();
  const listed = useOrderModels().purchases.members.value.get(order.orderGroup ?? '') ?? [];
  const rows = currentValue(model.list.result.value)?.rows ?? [];
  const relation = purchaseRelation(order, [...rows, ...listed]);
  if (relation === null) return null;
  return (
    <div class="detail-related">
      <p>{t('detail.partOfPurchase', { group: relation.orderGroup })}</p>
      <p class="detail-related-label">{t('detail.relatedOrders')}</p>
      <ul class="detail-related-list">
        {relation.siblings.map((orderId) => (
          <li key={orderId}>
            <button type="button" class="link-button" onClick={() => void model.openOrder(orderId)}>
              {t('detail.heading', { orderId })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
