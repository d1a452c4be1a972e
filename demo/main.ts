/**
 * The demo storefront: starts the mock VTEX backend in a service worker, signs a shopper in
 * with the stand-in session cookie, then embeds the widget the way a store does: the script
 * entry (the same code as `dist/my-orders.js`) and a `<my-orders>` element. Language and the
 * seller's grace period change attributes in place; another shopper, or the seller moving the
 * mock's clock, gets a new element (demo-widget.ts says why). `?theme=dark` and `?shopper=`
 * pick the start.
 */
import { startMockWorker } from '../mocks/browser.ts';
import { SESSION_COOKIE } from '../mocks/types.ts';
import { createDemoWidget } from './demo-widget.ts';
import { startSellerConsole } from './seller-console/mount-console.tsx';

type ShopperChoice = 'main' | 'second' | 'empty' | 'none';

// The widget only after the mock answers: its first request must not miss the worker.
const backend = await startMockWorker();
await import('../src/embed/script.ts');

const root = document.getElementById('my-orders-root');
const shopperSelect = document.getElementById('demo-shopper') as HTMLSelectElement | null;
const localeSelect = document.getElementById('demo-locale') as HTMLSelectElement | null;
const params = new URLSearchParams(location.search);

function signIn(choice: ShopperChoice): void {
  document.cookie =
    choice === 'none'
      ? `${SESSION_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`
      : `${SESSION_COOKIE}=${backend.shoppers[choice].sessionToken}; path=/`;
}

const shopper = (params.get('shopper') ?? 'main') as ShopperChoice;
if (shopperSelect) shopperSelect.value = shopper;
if (localeSelect) localeSelect.value = params.get('locale') ?? 'en';
signIn(shopper);
const widget = root
  ? createDemoWidget(root, {
      locale: localeSelect?.value ?? 'en',
      theme: params.get('theme') ?? 'auto',
      gracePeriodMinutes: backend.settings.gracePeriodMinutes,
    })
  : null;
widget?.embed();

shopperSelect?.addEventListener('change', () => {
  signIn(shopperSelect.value as ShopperChoice);
  widget?.embed();
});
localeSelect?.addEventListener('change', () => widget?.setLocale(localeSelect.value));

const consoleRoot = document.getElementById('seller-console-root');
if (consoleRoot) {
  startSellerConsole(consoleRoot, {
    onGracePeriodChange: (minutes) => widget?.setGracePeriod(minutes),
    onClockChange: () => widget?.embed(),
  });
}
