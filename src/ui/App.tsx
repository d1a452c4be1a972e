import { EnvContext, type WidgetEnv } from './env.ts';
import { LiveRegion } from './LiveRegion.tsx';
import { OrderList } from './OrderList.tsx';
import { OrderPage } from './OrderPage.tsx';

/**
 * The widget's root: one live region, then the list or the open order. The root carries the
 * theme tokens (widget.css), so everything inside it, the modal dialog too, shares them.
 */
export function App({ env }: { env: WidgetEnv }) {
  const route = env.model.route.value;
  return (
    <EnvContext.Provider value={env}>
      <div class="my-orders" lang={env.locale} data-theme={env.theme ?? 'auto'}>
        <LiveRegion />
        {route.view === 'order' ? <OrderPage orderId={route.orderId} /> : <OrderList />}
      </div>
    </EnvContext.Provider>
  );
}
