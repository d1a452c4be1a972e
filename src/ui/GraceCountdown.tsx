import { useEffect } from 'preact/hooks';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * "You can cancel right away for the next N minutes": held while shown, so the model's server
 * clock ticks each second (and only while the page is visible). Not a live region: a sentence
 * read out every second would drown everything else.
 */
export function GraceCountdown({ endsAt }: { endsAt: Date }) {
  const { t } = useEnv();
  const { clock } = useOrderModels().cancel;
  useEffect(() => clock.hold(), [clock]);
  const remainingMs = Math.max(0, endsAt.getTime() - clock.now.value);
  const text =
    remainingMs >= 60_000
      ? t('cancel.window.minutes', { count: Math.ceil(remainingMs / 60_000) })
      : t('cancel.window.seconds', { count: Math.ceil(remainingMs / 1_000) });
  return (
    <p class="grace-countdown">
      <span class="grace-countdown-icon" aria-hidden="true" />
      {text}
    </p>
  );
}
