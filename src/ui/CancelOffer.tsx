import type { Order } from '../domain/index.ts';
import { modeOf } from '../state/cancel/model.ts';
import { useEnv } from './env.ts';
import { GraceCountdown } from './GraceCountdown.tsx';
import { useOrderModels } from './order-env.ts';

/** The cancel action, with what it would do now: immediate (and for how long) or a request. */
export function CancelOffer({ order }: { order: Order }) {
  const { t } = useEnv();
  const { cancel } = useOrderModels();
  const mode = modeOf(cancel, order);
  return (
    <div class="cancel-offer">
      {mode.kind === 'immediate' ? (
        mode.endsAt ? (
          <GraceCountdown endsAt={mode.endsAt} />
        ) : (
          // A denied payment is not "not approved yet": the badge and the timeline say what happened.
          order.stage !== 'payment-denied' && <p class="cancel-mode">{t('cancel.window.beforePayment')}</p>
        )
      ) : (
        mode.windowClosedAt && <p class="cancel-mode">{t('cancel.window.closed')}</p>
      )}
      <button type="button" class="button cancel-open" aria-haspopup="dialog" onClick={() => cancel.openDialog()}>
        {t('cancel.action')}
      </button>
    </div>
  );
}
