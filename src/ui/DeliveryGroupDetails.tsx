import type { DeliveryGroup, Order, ShippingEstimate } from '../domain/index.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { type Formatters, useEnv } from './env.ts';
import { PostalAddress } from './PostalAddress.tsx';

const ESTIMATE_KEYS: Record<ShippingEstimate['unit'], MessageKey> = {
  'business-days': 'delivery.estimateDays',
  days: 'delivery.estimateCalendarDays',
  hours: 'delivery.estimateHours',
  minutes: 'delivery.estimateMinutes',
};

function estimateText(group: DeliveryGroup, t: Translate, format: Formatters): string {
  if (group.estimateDate !== null) return t('delivery.estimate', { date: format.date(group.estimateDate) });
  if (group.estimate !== null) return t(ESTIMATE_KEYS[group.estimate.unit], { count: group.estimate.amount });
  return t('value.unavailable');
}

interface Props {
  group: DeliveryGroup;
  order: Order;
  /** When the order travels in several ways, say which items go which way. */
  showItems: boolean;
}

/** One way the order travels: method, address or pickup point, and the estimate. */
export function DeliveryGroupDetails({ group, order, showItems }: Props) {
  const { t, format } = useEnv();
  const pickup = group.channel === 'pickup';
  const point = group.pickupPoint;
  const itemNames = group.itemIndexes.map((index) => order.items[index]?.name ?? t('value.unavailable'));
  return (
    <dl class="detail-pairs delivery-group" data-channel={group.channel}>
      <div>
        <dt>{t('delivery.method')}</dt>
        <dd>{group.slaName ?? t('value.unavailable')}</dd>
      </div>
      {pickup ? (
        <>
          <div>
            <dt>{t('delivery.pickupPoint')}</dt>
            <dd>
              <span class="pickup-name">{point?.name ?? t('value.unavailable')}</span>
              <PostalAddress address={point?.address ?? order.delivery?.address ?? null} />
            </dd>
          </div>
          {point?.additionalInfo != null && (
            <div>
              <dt>{t('delivery.pickupInfo')}</dt>
              <dd>{point.additionalInfo}</dd>
            </div>
          )}
        </>
      ) : (
        <div>
          <dt>{t('delivery.address')}</dt>
          <dd>
            <PostalAddress address={order.delivery?.address ?? null} withReceiver />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('delivery.estimateLabel')}</dt>
        <dd>{estimateText(group, t, format)}</dd>
      </div>
      {showItems && (
        <div>
          <dt>{t('delivery.groupItems')}</dt>
          <dd>{itemNames.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
