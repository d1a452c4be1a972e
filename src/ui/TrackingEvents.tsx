import { useId } from 'preact/hooks';
import { compareDatesDescending, type TrackingEvent } from '../domain/index.ts';
import { useEnv } from './env.ts';

interface Props {
  events: TrackingEvent[];
}

/** The carrier's events, newest first (undated ones last): date, place, what happened. */
export function TrackingEvents({ events }: Props) {
  const { t, format } = useEnv();
  const labelId = useId();
  if (events.length === 0) return null;
  const sorted = [...events].sort((a, b) => compareDatesDescending(a.date, b.date));
  return (
    <div class="tracking">
      <h5 id={labelId} class="tracking-heading">
        {t('packages.events')}
      </h5>
      <ol class="tracking-events" aria-labelledby={labelId}>
        {sorted.map((event, index) => {
          const place = [event.city, event.state].filter((part) => part !== null).join(', ');
          return (
            <li key={index} class="tracking-event">
              {event.date ? (
                <time class="tracking-date" dateTime={event.date.toISOString()}>
                  {format.dateTime(event.date)}
                </time>
              ) : (
                <span class="tracking-date">{t('timeline.dateUnknown')}</span>
              )}
              <span class="tracking-description">{event.description ?? t('value.unavailable')}</span>
              {place !== '' && <span class="tracking-place">{place}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
