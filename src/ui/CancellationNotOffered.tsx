import type { NotOfferedReason, StoreLinkKind } from './cancel-words.ts';
import { useEnv } from './env.ts';
import { StoreHelpLinks } from './StoreHelpLinks.tsx';

const WAYS_FORWARD: Record<NotOfferedReason, readonly StoreLinkKind[]> = {
  invoiced: ['returnsUrl', 'contactUrl'],
  delivered: ['returnsUrl', 'contactUrl'],
  'partially-invoiced': ['changeOrderUrl', 'returnsUrl', 'contactUrl'],
  canceled: ['contactUrl'],
  'request-pending': ['contactUrl'],
  'not-at-this-step': ['contactUrl'],
  confirming: ['contactUrl'],
  'turned-off': ['changeOrderUrl', 'contactUrl'],
};

interface Props {
  orderId: string;
  reason: NotOfferedReason;
  /** The status above already says why ("Canceled on ...", a request waiting for the store). */
  stated?: boolean;
}

/** Why the cancel action is not offered, in plain words, and what the shopper can do instead. */
export function CancellationNotOffered({ orderId, reason, stated = false }: Props) {
  const { t } = useEnv();
  return (
    <div class="cancel-not-offered" data-reason={reason}>
      {!stated && <p class="cancel-why">{t(`cancel.why.${reason}`)}</p>}
      <p class="cancel-instead">{t(`cancel.instead.${reason === 'confirming' ? 'not-at-this-step' : reason}`)}</p>
      <StoreHelpLinks orderId={orderId} kinds={WAYS_FORWARD[reason]} />
    </div>
  );
}
