import { useEffect } from 'preact/hooks';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';
import { unitText } from './unit-words.ts';

/**
 * "N minutes left to cancel right away": held while shown, so the model's server
 * clock ticks each second (and only while the page is visible). Not a live region: a sentence
 * read out every second would drown everything else.
 */
export function GraceCountdown({ endsAt }: { endsAt: Date }) {
  const { t, locale } = useEnv();
  const { clock } = useOrderModels().cancel;
  useEffect(() => clock.hold(), [clock]);
  const remainingMs = Math.max(0, endsAt.getTime() - clock.now.value);
  const minutes = remainingMs >= 60_000;
  const count = Math.ceil(remainingMs / (minutes ? 60_000 : 1_000));
  const text = t('cancel.window', { time: unitText(locale, count, minutes ? 'minute' : 'second') });
  return (
    <p class="grace-countdown">
      <span class="grace-countdown-icon" aria-hidden="true" />
      {text}
    </p>
  );
}
