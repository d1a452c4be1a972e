import { useRef } from 'preact/hooks';
import { useEnv } from './env.ts';

const MINUTE_MS = 60_000;

interface Stamp {
  loadedAt: number;
  /** The model's server clock when this load was first seen. */
  clockThen: number;
}

/**
 * "Updated 3 minutes ago", in server time. Remembers the last successful load, so a reload
 * or a failed reload still says how fresh the rows on screen are.
 */
export function UpdatedStamp() {
  const { t, format, model } = useEnv();
  const load = model.list.result.value;
  const now = model.serverNow.value;
  const stamp = useRef<Stamp | null>(null);
  if (load.status === 'ready' && stamp.current?.loadedAt !== load.loadedAt) {
    stamp.current = { loadedAt: load.loadedAt, clockThen: now };
  }
  if (stamp.current === null) return null;
  const { loadedAt, clockThen } = stamp.current;
  // The model's clock may predate the first response (device time, before the skew was known):
  // until it ticks again, the load is the newest server time there is.
  const elapsed = now === clockThen ? 0 : now - loadedAt;
  const loaded = new Date(loadedAt);
  const text = elapsed < MINUTE_MS ? t('list.updatedNow') : t('list.updated', { time: format.relative(loaded, now) });
  return (
    <p class="order-list-updated">
      <time dateTime={loaded.toISOString()}>{text}</time>
    </p>
  );
}
