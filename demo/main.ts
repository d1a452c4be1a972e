/**
 * The demo storefront: starts the mock VTEX backend in a service worker, signs a shopper in
 * with the stand-in session cookie, then embeds the widget the way a store does: the script
 * entry (the same code as `dist/my-orders.js`) and a `<my-orders>` element. Language and the
 * seller's grace period change attributes in place; another shopper gets a new element (a new
 * session, as after a real sign-in). `?theme=dark` and `?shopper=` pick the start.
 */
import { startMockWorker } from '../mocks/browser.ts';
import { SESSION_COOKIE } from '../mocks/types.ts';
import { startSellerConsole } from './seller-console/mount-console.tsx';

type ShopperChoice = 'main' | 'second' | 'empty' | 'none';

// The widget only after the mock answers: its first request must not miss the worker.
const backend = await startMockWorker();
await import('../src/embed/script.ts');

const root = document.getElementById('my-orders-root');
const shopperSelect = document.getElementById('demo-shopper') as HTMLSelectElement | null;
const localeSelect = document.getElementById('demo-locale') as HTMLSelectElement | null;
const params = new URLSearchParams(location.search);
let widget: HTMLElementTagNameMap['my-orders'] | null = null;
let gracePeriodMinutes = backend.settings.gracePeriodMinutes;

function signIn(choice: ShopperChoice): void {
  document.cookie =
    choice === 'none'
      ? `${SESSION_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`
      : `${SESSION_COOKIE}=${backend.shoppers[choice].sessionToken}; path=/`;
}

function embed(): void {
  if (!root) return;
  widget?.remove();
  const element = document.createElement('my-orders');
  element.setAttribute('locale', localeSelect?.value ?? 'en');
  element.setAttribute('currency', 'BRL');
  element.setAttribute('time-zone', 'America/Sao_Paulo');
  element.setAttribute('login-url', '/login');
  element.setAttribute('contact-url', '/help/contact?order={orderId}');
  element.setAttribute('returns-url', '/help/returns?order={orderId}');
  element.setAttribute('grace-period-minutes', String(gracePeriodMinutes));
  element.setAttribute('theme', params.get('theme') ?? 'auto');
  element.setAttribute('deep-link', '');
  root.append(element);
  widget = element;
}

const shopper = (params.get('shopper') ?? 'main') as ShopperChoice;
if (shopperSelect) shopperSelect.value = shopper;
if (localeSelect) localeSelect.value = params.get('locale') ?? 'en';
signIn(shopper);
embed();

shopperSelect?.addEventListener('change', () => {
  signIn(shopperSelect.value as ShopperChoice);
  embed();
});
localeSelect?.addEventListener('change', () => widget?.setAttribute('locale', localeSelect.value));

const consoleRoot = document.getElementById('seller-console-root');
if (consoleRoot) {
  startSellerConsole(consoleRoot, {
    onGracePeriodChange(minutes) {
      gracePeriodMinutes = minutes;
      widget?.setAttribute('grace-period-minutes', String(minutes));
    },
  });
}
