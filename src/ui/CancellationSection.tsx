import { useEffect, useId, useRef } from 'preact/hooks';
import type { Order } from '../domain/index.ts';
import { phaseOf } from '../state/cancel/phase.ts';
import { CancelAnnouncer } from './CancelAnnouncer.tsx';
import { CancelDialog } from './CancelDialog.tsx';
import { CancellationNotOffered } from './CancellationNotOffered.tsx';
import { CancelOffer } from './CancelOffer.tsx';
import { CancelStatus } from './CancelStatus.tsx';
import { notOfferedReason } from './cancel-words.ts';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * Cancellation for a loaded order: where it stands (canceling, canceled, requested, denied),
 * whether the widget stopped checking for news (when it last read the order, and Check again),
 * then either the action (only when the server allows it and the store has not turned it off)
 * or why it is not offered and what to do instead.
 */
export function CancellationSection({ order }: { order: Order }) {
  const { t, format } = useEnv();
  const { cancel } = useOrderModels();
  const readAt = cancel.stoppedAt.value;
  const headingId = useId();
  const state = useRef<HTMLDivElement>(null);
  const settled = cancel.settled.value;
  const seenSettled = useRef(settled);
  const phase = phaseOf(order);
  const notOffered = notOfferedReason(order, cancel.settings.value.enabled);

  // After a request ends with the dialog closed, the shopper lands on the new state.
  useEffect(() => {
    if (settled === seenSettled.current) return;
    seenSettled.current = settled;
    state.current?.focus();
  }, [settled]);

  return (
    <section class="detail-section cancel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('cancel.heading')}</h3>
      <div class="cancel-body" ref={state} tabIndex={-1}>
        <CancelStatus order={order} phase={phase} />
        {readAt && (
          <div class="cancel-stopped">
            <p class="cancel-waiting">
              {t('cancel.stopped')}{' '}
              <time dateTime={readAt.toISOString()}>{t('list.updated', { time: format.dateTime(readAt) })}</time>
            </p>
            <button
              type="button"
              class="button"
              onClick={() => {
                cancel.checkAgain();
                // The button goes as the watch starts again: the shopper stays on the section.
                state.current?.focus();
              }}
            >
              {t('cancel.checkAgain')}
            </button>
          </div>
        )}
        {notOffered === null ? (
          <CancelOffer order={order} />
        ) : (
          phase !== 'canceling' && (
            <CancellationNotOffered
              orderId={order.orderId}
              reason={notOffered}
              stated={notOffered === 'request-pending' || (phase === 'canceled' && order.cancellation?.date != null)}
            />
          )
        )}
      </div>
      <CancelAnnouncer orderId={order.orderId} />
      <CancelDialog order={order} />
    </section>
  );
}
