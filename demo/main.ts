/**
 * The demo storefront: starts the mock VTEX backend in a service worker, signs a shopper in
 * with the stand-in session cookie, then mounts the widget the way a store would. The seller
 * console beside it plays the store's side; a new grace period remounts the widget with it.
 */
import { startMockWorker } from '../mocks/browser.ts';
import { SESSION_COOKIE } from '../mocks/types.ts';
import { mount, type MyOrdersHandle } from '../src/embed/mount.tsx';
import { startSellerConsole } from './seller-console/mount-console.tsx';

type ShopperChoice = 'main' | 'second' | 'empty' | 'none';

const backend = await startMockWorker();
const root = document.getElementById('my-orders-root');
const shopperSelect = document.getElementById('demo-shopper') as HTMLSelectElement | null;
const localeSelect = document.getElementById('demo-locale') as HTMLSelectElement | null;
const params = new URLSearchParams(location.search);
let widget: MyOrdersHandle | null = null;
let gracePeriodMinutes = backend.settings.gracePeriodMinutes;

function signIn(choice: ShopperChoice): void {
  document.cookie =
    choice === 'none'
      ? `${SESSION_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`
      : `${SESSION_COOKIE}=${backend.shoppers[choice].sessionToken}; path=/`;
}

function remount(): void {
  if (!root) return;
  widget?.destroy();
  widget = mount(root, {
    locale: localeSelect?.value ?? 'en',
    currency: 'BRL',
    loginUrl: '/login',
    timeZone: 'America/Sao_Paulo',
    gracePeriodMinutes,
  });
}

const shopper = (params.get('shopper') ?? 'main') as ShopperChoice;
const locale = params.get('locale') ?? 'en';
if (shopperSelect) shopperSelect.value = shopper;
if (localeSelect) localeSelect.value = locale;
signIn(shopper);
remount();

shopperSelect?.addEventListener('change', () => {
  signIn(shopperSelect.value as ShopperChoice);
  remount();
});
localeSelect?.addEventListener('change', remount);

const consoleRoot = document.getElementById('seller-console-root');
if (consoleRoot) {
  startSellerConsole(consoleRoot, {
    onGracePeriodChange(minutes) {
      gracePeriodMinutes = minutes;
      remount();
    },
  });
}
