import { type Order, pendingCancellationRequest } from '../domain/index.ts';
import type { CancelPhase } from '../state/cancel/phase.ts';
import { latestRequest } from '../state/cancel/phase.ts';
import { useEnv } from './env.ts';
import { RefundNote } from './RefundNote.tsx';

/**
 * Where the order stands in the cancellation flow: being canceled, canceled (when, and where
 * the money goes), a request waiting on the store (when, why), or the store's denial.
 */
export function CancelStatus({ order, phase }: { order: Order; phase: CancelPhase }) {
  const { t, format } = useEnv();
  const when = (date: Date | null) =>
    date ? <time dateTime={date.toISOString()}>{format.dateTime(date)}</time> : t('timeline.dateUnknown');

  if (phase === 'canceling') {
    return (
      <div class="cancel-status" data-phase={phase}>
        <p class="cancel-state">{t('cancel.canceling')}</p>
        <RefundNote order={order} />
      </div>
    );
  }
  if (phase === 'canceled') {
    const date = order.cancellation?.date ?? null;
    return (
      <div class="cancel-status" data-phase={phase}>
        {date && <p class="cancel-state">{t('cancel.canceled', { date: format.dateTime(date) })}</p>}
        <RefundNote order={order} />
      </div>
    );
  }
  if (phase === 'awaiting-seller') {
    const request = pendingCancellationRequest(order);
    return (
      <div class="cancel-status" data-phase={phase}>
        <p class="cancel-state">{t('stage.cancellation-requested')}</p>
        {request && (
          <dl class="cancel-facts">
            <dt>{t('cancel.pending.date')}</dt>
            <dd>{when(request.requestedAt)}</dd>
            {request.reason !== null && (
              <>
                <dt>{t('cancel.pending.reason')}</dt>
                <dd>{request.reason}</dd>
              </>
            )}
          </dl>
        )}
        <p class="cancel-waiting">{t('cancel.pending.waiting')}</p>
      </div>
    );
  }
  const latest = latestRequest(order);
  if (!latest?.denied) return null;
  return (
    <div class="cancel-status" data-phase="denied">
      <p class="cancel-state">
        {latest.deniedAt
          ? t('cancel.denied', { date: format.dateTime(latest.deniedAt) })
          : t('timeline.cancellation-denied')}
      </p>
      {latest.deniedReason !== null && (
        <p class="cancel-denied-reason">{t('timeline.sellerReason', { reason: latest.deniedReason })}</p>
      )}
    </div>
  );
}
