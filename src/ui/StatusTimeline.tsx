import { buildTimeline, type Order } from '../domain/index.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { useEnv } from './env.ts';
import { describeEntry, type EntryState } from './timeline-words.ts';

const STATE_KEYS: Record<EntryState, MessageKey> = {
  done: 'timeline.done',
  current: 'timeline.current',
  upcoming: 'timeline.upcoming',
  failed: 'timeline.failed',
};

/**
 * Where the order is: an ordered list of steps, each with its state in words (the marker's
 * shape and colour only repeat it), cancellation requests with their outcome, and dates.
 */
export function StatusTimeline({ order }: { order: Order }) {
  const { t, format } = useEnv();
  const steps = buildTimeline(order).flatMap((entry) => describeEntry(entry, t));
  return (
    <section class="detail-section detail-timeline">
      <h3>{t('timeline.heading')}</h3>
      <ol class="timeline">
        {steps.map((step, index) => (
          <li
            key={index}
            class="timeline-step"
            data-state={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span class="timeline-marker" aria-hidden="true" />
            <div class="timeline-content">
              <p class="timeline-title">
                {step.title}
                {step.by !== null && <span class="timeline-by"> {step.by}</span>}
              </p>
              <p class="timeline-state">{t(STATE_KEYS[step.state])}</p>
              {step.date !== null ? (
                <p class="timeline-date">
                  <time dateTime={step.date.toISOString()}>{format.dateTime(step.date)}</time>
                </p>
              ) : (
                step.dated && <p class="timeline-date">{t('timeline.dateUnknown')}</p>
              )}
              {step.notes.map((note) => (
                <p key={note} class="timeline-note">
                  {note}
                </p>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
