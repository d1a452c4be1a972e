import { buildReorderUrl, type Order, safeHttpUrl } from '../domain/index.ts';
import { useEnv } from './env.ts';

/**
 * "Buy again": VTEX's add-to-cart link for the order's items. A store that handles reorders
 * itself (`onReorder`) gets the link instead of the navigation, unless it returns true.
 */
export function BuyAgain({ order }: { order: Order }) {
  const { t, store } = useEnv();
  const built = buildReorderUrl(order.items, { base: store.cartUrl, salesChannel: order.salesChannel });
  const href = safeHttpUrl(built, store.returnUrl);
  if (href === null) return null;

  const onClick = (event: MouseEvent) => {
    const onReorder = store.onReorder;
    if (!onReorder) return;
    let follow = false;
    try {
      follow = onReorder({ orderId: order.orderId, url: href }) === true;
    } catch {
      // The store's handler failed: the plain link still works, so follow it.
      follow = true;
    }
    if (!follow) event.preventDefault();
  };

  return (
    <a class="button button-primary detail-buy-again" href={href} onClick={onClick}>
      {t('detail.buyAgain')}
    </a>
  );
}
