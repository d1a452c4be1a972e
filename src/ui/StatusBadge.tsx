import type { OrderSummary } from '../domain/index.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { useEnv } from './env.ts';

/**
 * The stage's words; "Canceling" while the cancellation is approved and being written (`cancel`,
 * `canceling`): the stage groups those with requests, but the order waits on no one, and the
 * cancellation section says "being canceled" (the same test as phaseOf in state/cancel/phase.ts,
 * not imported: the list's badge would pull the cancel code into the script tag).
 */
function badgeKey({ stage, status }: Pick<OrderSummary, 'stage' | 'status'>): MessageKey {
  return stage !== 'canceled' && (status === 'cancel' || status === 'canceling') ? 'stage.canceling' : `stage.${stage}`;
}

/** The stage in words, with a shape per tone, so colour is never the only signal. */
export function StatusBadge({ order }: { order: Pick<OrderSummary, 'stage' | 'status'> }) {
  const { t } = useEnv();
  return (
    <span class="status-badge" data-stage={order.stage}>
      <span class="status-badge-icon" aria-hidden="true" />
      {t(badgeKey(order))}
    </span>
  );
}
