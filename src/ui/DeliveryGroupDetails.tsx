import type { DeliveryGroup, Order, ShippingEstimate } from '../domain/index.ts';
import { useEnv, type WidgetEnv } from './env.ts';
import { PostalAddress } from './PostalAddress.tsx';
import { unitText, type WordedUnit } from './unit-words.ts';

/** Calendar units Intl words; business days have their own message. */
const UNITS: Record<Exclude<ShippingEstimate['unit'], 'business-days'>, WordedUnit> = {
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
};

function estimateText(group: DeliveryGroup, { t, format, locale }: WidgetEnv): string {
  const estimate = group.estimate;
  if (group.estimateDate !== null) return t('delivery.estimate', { date: format.date(group.estimateDate) });
  if (estimate === null) return t('value.unavailable');
  return estimate.unit === 'business-days'
    ? t('delivery.estimateDays', { count: estimate.amount })
    : t('delivery.estimateTime', { time: unitText(locale, estimate.amount, UNITS[estimate.unit]) });
}

interface Props {
  group: DeliveryGroup;
  order: Order;
  /** When the order travels in several ways, say which items go which way. */
  showItems: boolean;
}

/** One way the order travels: method, address or pickup point, and the estimate. */
export function DeliveryGroupDetails({ group, order, showItems }: Props) {
  const env = useEnv();
  const { t } = env;
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
        <dd>{estimateText(group, env)}</dd>
      </div>
      {showItems && (
        <div>
          <dt>{t('items.heading')}</dt>
          <dd>{itemNames.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
