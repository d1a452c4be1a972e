/**
 * The demo page's `<my-orders>`, embedded the way a store does (attributes on the element), and
 * embedded again when the store changes under it in a way the widget cannot see: another
 * shopper signs in, or the seller console moves the mock's clock.
 *
 * Why a new element for the clock: the widget takes the store's time from the `Date` header of
 * its latest response and reads again only when something asks it to (the shopper, polling).
 * The embedding API has no "read again" call, and re-setting an attribute to the value it has
 * changes nothing. A new element reads at once, and with `deep-link` on it finds the shopper's
 * place (open order, page, filters) in the URL. What it cannot carry over: a cancellation still
 * being written when the clock moves is not announced by the new widget (the order it reads
 * shows the outcome).
 */
import type { MyOrdersElement } from '../src/index.ts';

export interface DemoWidgetSettings {
  locale: string;
  theme: string;
  /** The mock's grace period: the widget must count the same window. */
  gracePeriodMinutes: number;
}

export interface DemoWidget {
  /** The element on the page now (null before the first `embed()`). */
  readonly element: MyOrdersElement | null;
  /** Replaces the widget with a new one (a new session: it reads the list, and the order the URL names). */
  embed(): void;
  setLocale(locale: string): void;
  setGracePeriod(minutes: number): void;
}

export function createDemoWidget(root: HTMLElement, initial: DemoWidgetSettings): DemoWidget {
  const settings = { ...initial };
  let widget: MyOrdersElement | null = null;
  return {
    get element() {
      return widget;
    },
    embed() {
      widget?.remove();
      const element = root.ownerDocument.createElement('my-orders');
      element.setAttribute('locale', settings.locale);
      element.setAttribute('currency', 'BRL');
      element.setAttribute('time-zone', 'America/Sao_Paulo');
      element.setAttribute('login-url', '/login');
      element.setAttribute('contact-url', '/help/contact?order={orderId}');
      element.setAttribute('returns-url', '/help/returns?order={orderId}');
      element.setAttribute('grace-period-minutes', String(settings.gracePeriodMinutes));
      element.setAttribute('theme', settings.theme);
      element.setAttribute('deep-link', '');
      root.append(element);
      widget = element;
    },
    setLocale(locale) {
      settings.locale = locale;
      widget?.setAttribute('locale', locale);
    },
    setGracePeriod(minutes) {
      settings.gracePeriodMinutes = minutes;
      widget?.setAttribute('grace-period-minutes', String(minutes));
    },
  };
}
