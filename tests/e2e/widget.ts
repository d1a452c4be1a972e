/**
 * Finding the widget's parts the way a shopper does (roles and accessible names, which
 * Playwright resolves through open shadow roots), plus focus and event probes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createTranslator, type Locale, type MessageKey, type MessageParams } from '../support/translator.ts';
import { assert } from './harness.ts';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

const english = createTranslator('en').t;

/** The widget's English copy, so a reworded message does not break a scenario. */
export function en(key: MessageKey, params?: MessageParams): string {
  return english(key, params);
}

export function words(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return createTranslator(locale).t;
}

/** The whole of a short text, for exact matching of names and texts. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

export function rowButton(scope: Page | Locator, orderId: string, t = en): Locator {
  return scope.getByRole('button', { name: t('list.row.open', { orderId }), exact: true });
}

/** Waits until the list has loaded rows (heading, at least one row, not busy). */
export async function waitForList(scope: Page | Locator, t = en): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await page.waitForLoadState('load');
  const defined = await page.evaluate(() => customElements.get('my-orders') !== undefined);
  assert(defined, 'the page loaded but <my-orders> is not defined: dist/my-orders.js did not register the element');
  await scope.getByRole('heading', { level: 2, name: t('list.heading'), exact: true }).waitFor();
  await scope.locator('ol.order-rows[aria-busy="false"] .order-row-open').first().waitFor();
}

/** The order ids of the rows on screen, in order. */
export async function rowIds(scope: Page | Locator): Promise<string[]> {
  const ids = await scope
    .locator('ol.order-rows .order-row-open')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.orderId ?? ''));
  return ids;
}

/** Finds one order with the text search and waits until it is the only row. */
export async function searchFor(page: Page, orderId: string): Promise<void> {
  await page.getByRole('searchbox', { name: en('filters.text'), exact: true }).fill(orderId);
  await page.getByRole('button', { name: en('filters.search'), exact: true }).click();
  await waitForOnlyRow(page, orderId);
}

/** Waits until the (first) widget's settled list holds exactly this one order. */
export async function waitForOnlyRow(page: Page, orderId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const rows =
      document
        .querySelector('my-orders')
        ?.shadowRoot?.querySelectorAll<HTMLElement>('ol.order-rows[aria-busy="false"] .order-row-open') ?? [];
    return rows.length === 1 && rows[0]?.dataset.orderId === id;
  }, orderId);
}

export function detailHeading(scope: Page | Locator, orderId: string, t = en): Locator {
  return scope.getByRole('heading', { level: 2, name: t('detail.heading', { orderId }), exact: true });
}

/** Opens an order from the list with a click and waits until its detail has loaded. */
export async function openOrder(scope: Page | Locator, orderId: string, t = en): Promise<void> {
  await rowButton(scope, orderId, t).click();
  await waitForDetail(scope, orderId, t);
}

export async function waitForDetail(scope: Page | Locator, orderId: string, t = en): Promise<void> {
  await detailHeading(scope, orderId, t).waitFor();
  await scope.getByRole('heading', { level: 3, name: t('cancel.heading'), exact: true }).waitFor();
}

export function cancelButton(scope: Page | Locator): Locator {
  return scope.locator('.cancel-section').getByRole('button', { name: en('cancel.action'), exact: true });
}

export function cancelDialog(scope: Page | Locator, orderId: string): Locator {
  return scope.getByRole('dialog', { name: en('cancel.dialog.title', { orderId }), exact: true });
}

/** What has focus, through shadow roots: a short description, and whether it is in the dialog. */
export interface FocusProbe {
  tag: string;
  text: string;
  inWidget: boolean;
  inDialog: boolean;
  isBody: boolean;
}

export function focusProbe(page: Page): Promise<FocusProbe> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    let inWidget = false;
    while (active?.shadowRoot?.activeElement) {
      if (active.localName === 'my-orders') inWidget = true;
      active = active.shadowRoot.activeElement;
    }
    if (active?.localName === 'my-orders') inWidget = true;
    const label = active ? (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60) : '';
    const classes =
      active instanceof HTMLElement && active.className
        ? `.${String(active.className).trim().split(/\s+/).join('.')}`
        : '';
    return {
      tag: active
        ? `${active.localName}${classes}${active instanceof HTMLInputElement ? `[type=${active.type}]` : ''}`
        : 'none',
      text: label,
      inWidget,
      inDialog: active?.closest('dialog[open]') != null,
      isBody: active === document.body || active === null,
    };
  });
}

export function describeFocus(focus: FocusProbe): string {
  return `${focus.tag}${focus.text ? ` "${focus.text}"` : ''}`;
}

/** Records every `my-orders:*` event that reaches the window, from before the page's scripts run. */
export async function recordWidgetEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const names = ['ready', 'error', 'navigate', 'cancel-requested', 'cancel-decided', 'cancel-failed'];
    const seen: { type: string; detail: unknown; host: string }[] = [];
    Object.defineProperty(window, '__myOrdersEvents', { value: seen });
    for (const name of names) {
      window.addEventListener(`my-orders:${name}`, (event) => {
        const host = event.composedPath()[0];
        seen.push({
          type: event.type,
          detail: (event as CustomEvent).detail,
          host: host instanceof Element ? host.id || host.localName : '',
        });
      });
    }
  });
}

export interface WidgetEvent {
  type: string;
  detail: Record<string, unknown>;
  host: string;
}

export function widgetEvents(page: Page): Promise<WidgetEvent[]> {
  return page.evaluate(() => (window as unknown as { __myOrdersEvents?: WidgetEvent[] }).__myOrdersEvents ?? []);
}

/** Waits for an event of `type` whose detail has these fields. */
export async function waitForEvent(page: Page, type: string, detail: Record<string, unknown>): Promise<WidgetEvent> {
  const handle = await page.waitForFunction(
    ({ type: wanted, detail: fields }) => {
      const events = (window as unknown as { __myOrdersEvents?: WidgetEvent[] }).__myOrdersEvents ?? [];
      return (
        events.find(
          (event) =>
            event.type === wanted && Object.entries(fields).every(([key, value]) => event.detail?.[key] === value),
        ) ?? null
      );
    },
    { type, detail },
  );
  const event = (await handle.jsonValue()) as WidgetEvent | null;
  assert(event, `no ${type} event`);
  return event;
}

/** A marker that disappears if the page reloads or navigates. */
export async function markPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => Object.defineProperty(window, '__sameDocument', { value: true }));
  return () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
}
