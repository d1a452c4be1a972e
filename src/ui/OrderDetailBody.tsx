import { useEffect, useRef } from 'preact/hooks';
import { currentValue } from '../state/load.ts';
import { useEnv } from './env.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { DetailSkeleton } from './DetailSkeleton.tsx';
import { OrderOverview } from './OrderOverview.tsx';
import { CancellationSection } from './CancellationSection.tsx';
import { StatusTimeline } from './StatusTimeline.tsx';
import { OrderItems } from './OrderItems.tsx';
import { OrderTotals } from './OrderTotals.tsx';
import { DeliveryInfo } from './DeliveryInfo.tsx';
import { PaymentInfo } from './PaymentInfo.tsx';
import { OrderPackages } from './OrderPackages.tsx';

/**
 * One order: the way back, the heading (focused on open so keyboard and screen-reader users
 * start at the top), then the state of its load: skeleton, error, or the order itself. A
 * reload or a failed reload keeps the order on screen.
 */
export function OrderDetail({ orderId }: { orderId: string }) {
  const { t, model } = useEnv();
  const heading = useRef<HTMLHeadingElement>(null);
  const load = model.detail.result.value;
  const loaded = currentValue(load);
  const order = loaded?.orderId === orderId ? loaded : null;

  useEffect(() => {
    heading.current?.focus();
  }, [orderId]);

  const back = () => model.backToList();
  return (
    <article class="order-detail" aria-busy={load.status === 'loading'}>
      <div class="detail-nav">
        <button type="button" class="button detail-back" onClick={back}>
          <span aria-hidden="true">←</span>
          {t('detail.back')}
        </button>
      </div>
      <h2 class="detail-heading" ref={heading} tabIndex={-1}>
        {t('detail.heading', { orderId })}
      </h2>
      {load.status === 'error' && (
        <ErrorPanel error={load.error} onRetry={() => void model.detail.reload()} onBack={back} />
      )}
      {order ? (
        <div class="detail-body">
          <OrderOverview order={order} />
          <CancellationSection order={order} />
          <StatusTimeline order={order} />
          <OrderItems order={order} />
          <OrderTotals order={order} />
          <DeliveryInfo order={order} />
          <PaymentInfo order={order} />
          <OrderPackages order={order} />
        </div>
      ) : (
        load.status === 'loading' && <DetailSkeleton />
      )}
    </article>
  );
}
