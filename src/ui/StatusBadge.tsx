import type { OrderStage } from '../domain/index.ts';
import { useEnv } from './env.ts';

/** The stage in words, with a shape per tone, so colour is never the only signal. */
export function StatusBadge({ stage }: { stage: OrderStage }) {
  const { t } = useEnv();
  return (
    <span class="status-badge" data-stage={stage}>
      <span class="status-badge-icon" aria-hidden="true" />
      {t(`stage.${stage}`)}
    </span>
  );
}
