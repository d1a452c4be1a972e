import type { MessageKey } from '../i18n/translate.ts';
import { type StoreLinkKind, storeLink } from './cancel-words.ts';
import { useEnv } from './env.ts';

const LABELS: Record<StoreLinkKind, MessageKey> = {
  changeOrderUrl: 'cancel.link.changeOrder',
  returnsUrl: 'cancel.link.returns',
  contactUrl: 'cancel.link.contact',
};

/** The store's ways forward that the store configured; nothing when it gave none. */
export function StoreHelpLinks({ orderId, kinds }: { orderId: string; kinds: readonly StoreLinkKind[] }) {
  const { t, store } = useEnv();
  const links = kinds.flatMap((kind) => {
    const href = storeLink(store, kind, orderId);
    return href ? [{ kind, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <ul class="cancel-links">
      {links.map(({ kind, href }) => (
        <li key={kind}>
          <a href={href}>{t(LABELS[kind])}</a>
        </li>
      ))}
    </ul>
  );
}
