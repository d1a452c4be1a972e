/**
 * Finding the widget's parts the way a shopper does (roles and accessible names, through the
 * open shadow root: driver/page.ts and pages/probe.js), plus focus and event probes. The same
 * in every engine.
 */
import { fileURLToPath } from 'node:url';
import { createTranslator, type Locale, type MessageKey, type MessageParams } from '../support/translator.ts';
import type { ProbeWindow, Target, TestPage, WidgetEvent } from './driver/page.ts';
import { assert } from './harness.ts';

/** Screenshots go to `<this>/<engine>/`. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

type Words = (key: MessageKey, params?: MessageParams) => string;

const english = createTranslator('en').t;

/** The widget's English copy, so a reworded message does not break a scenario. */
export function en(key: MessageKey, params?: MessageParams): string {
  return english(key, params);
}

export function words(locale: Locale): Words {
  return createTranslator(locale).t;
}

/** Which widget on the page (its host's selector) and in which language; the first, in English, by default. */
export interface WidgetRef {
  host?: string;
  t?: Words;
}

export function rowButton(orderId: string, { host, t = en }: WidgetRef = {}): Target {
  return { host, role: 'button', name: t('list.row.open', { orderId }) };
}

const settledRows = 'ol.order-rows[aria-busy="false"] .order-row-open';

/** Waits until the list has loaded rows (heading, at least one row, not busy). */
export async function waitForList(page: TestPage, { host, t = en }: WidgetRef = {}): Promise<void> {
  await page.waitForLoad();
  const defined = await page.evaluate(() => customElements.get('my-orders') !== undefined, null);
  assert(defined, 'the page loaded but <my-orders> is not defined: dist/my-orders.js did not register the element');
  await page.waitFor({ host, role: 'heading', level: 2, name: t('list.heading') });
  await page.waitFor({ host, css: settledRows });
}

/** The order ids of the rows on screen, in order. */
export function rowIds(page: TestPage, { host }: WidgetRef = {}): Promise<string[]> {
  return page.evaluate(
    (target) =>
      (window as unknown as ProbeWindow).__e2e
        .findAll(target)
        .map((button) => (button as HTMLElement).dataset.orderId ?? ''),
    { host, css: 'ol.order-rows .order-row-open' } satisfies Target,
  );
}

/** Waits until the (first) widget's settled list holds exactly these first rows. */
export async function waitForRows(page: TestPage, what: string, check: (ids: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  let ids: string[] = [];
  for (;;) {
    ids = await page.evaluate(
      (target) =>
        (window as unknown as ProbeWindow).__e2e
          .findAll(target)
          .map((button) => (button as HTMLElement).dataset.orderId ?? ''),
      { css: settledRows } satisfies Target,
    );
    if (check(ids)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within 20 s (rows: ${ids.join(' ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Finds one order with the text search and waits until it is the only row. */
export async function searchFor(page: TestPage, orderId: string): Promise<void> {
  await page.fill({ role: 'searchbox', name: en('filters.text') }, orderId);
  await page.click({ role: 'button', name: en('filters.search') });
  await waitForOnlyRow(page, orderId);
}

/** Waits until the (first) widget's settled list holds exactly this one order. */
export function waitForOnlyRow(page: TestPage, orderId: string): Promise<void> {
  return waitForRows(page, `the list to show order ${orderId} alone`, (ids) => ids.length === 1 && ids[0] === orderId);
}

export function detailHeading(orderId: string, { host, t = en }: WidgetRef = {}): Target {
  return { host, role: 'heading', level: 2, name: t('detail.heading', { orderId }) };
}

/** Opens an order from the list with a click and waits until its detail has loaded. */
export async function openOrder(page: TestPage, orderId: string, ref: WidgetRef = {}): Promise<void> {
  await page.click(rowButton(orderId, ref));
  await waitForDetail(page, orderId, ref);
}

export async function waitForDetail(page: TestPage, orderId: string, ref: WidgetRef = {}): Promise<void> {
  const { host, t = en } = ref;
  await page.waitFor(detailHeading(orderId, ref));
  await page.waitFor({ host, role: 'heading', level: 3, name: t('cancel.heading') });
}

export function cancelButton(): Target {
  return { in: { css: '.cancel-section' }, role: 'button', name: en('cancel.action') };
}

export function cancelDialog(orderId: string): Target {
  return { role: 'dialog', name: en('cancel.dialog.title', { orderId }) };
}

export function inDialog(orderId: string, target: Omit<Target, 'in' | 'host'>): Target {
  return { ...target, in: cancelDialog(orderId) };
}

/** What has focus, through shadow roots: a short description, and whether it is in the dialog. */
export interface FocusProbe {
  tag: string;
  text: string;
  inWidget: boolean;
  inDialog: boolean;
  isBody: boolean;
}

export function focusProbe(page: TestPage): Promise<FocusProbe> {
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
      isBody: active === document.body || active === document.documentElement || active === null,
    };
  }, null);
}

export function describeFocus(focus: FocusProbe): string {
  return `${focus.tag}${focus.text ? ` "${focus.text}"` : ''}`;
}

/** Waits for an event of `type` whose detail has these fields. */
export async function waitForEvent(
  page: TestPage,
  type: string,
  detail: Record<string, unknown>,
  timeout = 20_000,
): Promise<WidgetEvent> {
  return page.waitForFunction(
    ({ type: wanted, detail: fields }) =>
      (window as unknown as ProbeWindow).__e2e.events.find(
        (event) =>
          event.type === wanted && Object.entries(fields).every(([key, value]) => event.detail?.[key] === value),
      ) ?? null,
    { type, detail },
    `a ${type} event with ${JSON.stringify(detail)}`,
    { timeout },
  );
}

/** A marker that disappears if the page reloads or navigates. */
export async function markPage(page: TestPage): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    Object.defineProperty(window, '__sameDocument', { value: true });
  }, null);
  return () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true, null);
}
