import { currentValue } from '../state/load.ts';
import { CancellationSection } from './CancellationSection.tsx';
import { DeliveryInfo } from './DeliveryInfo.tsx';
import { DetailSkeleton } from './DetailSkeleton.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { OrderItems } from './OrderItems.tsx';
import { OrderOverview } from './OrderOverview.tsx';
import { OrderPackages } from './OrderPackages.tsx';
import { OrderTotals } from './OrderTotals.tsx';
import { useOrderModels } from './order-env.ts';
import { PaymentInfo } from './PaymentInfo.tsx';
import { StatusTimeline } from './StatusTimeline.tsx';

/**
 * One order's content, inside the order page (OrderPage.tsx): the state of its load, skeleton,
 * error, or the order itself. A reload or a failed reload keeps the order on screen. It comes
 * with the order view the script tag loads on demand.
 */
export function OrderDetailBody({ orderId, onBack }: { orderId: string; onBack: () => void }) {
  const { detail } = useOrderModels();
  const load = detail.result.value;
  const loaded = currentValue(load);
  const order = loaded?.orderId === orderId ? loaded : null;
  return (
    <>
      {load.status === 'error' && (
        <ErrorPanel error={load.error} onRetry={() => void detail.reload()} onBack={onBack} />
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
        load.status !== 'error' && <DetailSkeleton />
      )}
    </>
  );
}
