import type { Order } from '../domain/index.ts';
import { DeliveryGroupDetails } from './DeliveryGroupDetails.tsx';
import { useEnv } from './env.ts';
import { PostalAddress } from './PostalAddress.tsx';

/** How the order reaches the shopper: one block per way it travels (delivery or pickup). */
export function DeliveryInfo({ order }: { order: Order }) {
  const { t } = useEnv();
  const delivery = order.delivery;
  const groups = delivery?.groups ?? [];
  const allPickup = groups.length > 0 && groups.every((group) => group.channel === 'pickup');
  return (
    <section class="detail-section detail-delivery">
      <h3>{t(allPickup ? 'delivery.pickupHeading' : 'delivery.heading')}</h3>
      {delivery === null ? (
        <p>{t('detail.unavailable')}</p>
      ) : groups.length === 0 ? (
        <dl class="detail-pairs">
          <div>
            <dt>{t('delivery.address')}</dt>
            <dd>
              <PostalAddress address={delivery.address} withReceiver />
            </dd>
          </div>
        </dl>
      ) : (
        groups.map((group, index) => (
          <DeliveryGroupDetails key={index} group={group} order={order} showItems={groups.length > 1} />
        ))
      )}
    </section>
  );
}
