import { useRef } from 'preact/hooks';
import { useEnv } from './env.ts';

const MINUTE_MS = 60_000;

/**
 * "Updated 3 minutes ago", in server time. Remembers the last successful load, so a reload
 * or a failed reload still says how fresh the rows on screen are.
 */
export function UpdatedStamp() {
  const { t, format, model } = useEnv();
  const load = model.list.result.value;
  const now = model.serverNow.value;
  const loadedAt = useRef<number | null>(null);
  if (load.status === 'ready') loadedAt.current = load.loadedAt;
  if (loadedAt.current === null) return null;
  const loaded = new Date(loadedAt.current);
  const text =
    now - loadedAt.current < MINUTE_MS
      ? t('list.updatedNow')
      : t('list.updated', { time: format.relative(loaded, now) });
  return (
    <p class="order-list-updated">
      <time dateTime={loaded.toISOString()}>{text}</time>
    </p>
  );
}
