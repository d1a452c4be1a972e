import { announcementText } from './cancel-words.ts';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * The cancellation's own polite live region, rendered with the section (before anything it
 * says happens): requested, canceled, and the store's decision when polling learns it.
 */
export function CancelAnnouncer({ orderId }: { orderId: string }) {
  const { t } = useEnv();
  const { cancel } = useOrderModels();
  const announcement = cancel.announcement.value;
  const text = announcement?.orderId === orderId ? announcementText(announcement, t) : '';
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
