/**
 * The cancel flow with the keyboard only (`page.keyboard`: no clicks, no fills): find the
 * order, open it, open the dialog, stay inside it, pick "Other" and type a reason, leave with
 * Escape (the reason is kept, focus goes back to the opener), come back and send.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual } from '../harness.ts';
import { DECISION_TIMEOUT_MS, type Scenario } from '../scenario-env.ts';
import {
  cancelDialog,
  describeFocus,
  en,
  type FocusProbe,
  focusProbe,
  waitForList,
  waitForOnlyRow,
} from '../widget.ts';

const TYPED_REASON = 'I will be away when it arrives.';
/** More Tab presses than there are stops on the way: the list page has about twenty. */
const MAX_TABS = 60;

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; returns the path. */
async function tabTo(
  page: Page,
  wanted: (focus: FocusProbe) => boolean,
  what: string,
  key = 'Tab',
): Promise<FocusProbe[]> {
  const path: FocusProbe[] = [];
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press(key);
    const focus = await focusProbe(page);
    path.push(focus);
    if (wanted(focus)) return path;
  }
  throw new Error(
    `${what} not reached in ${MAX_TABS} presses of ${key}; focus went ${path.slice(-8).map(describeFocus).join(' > ')}`,
  );
}

/** Tabs through the open dialog more than once around; every stop must be in it (or the browser's chrome). */
async function tabCycle(page: Page, key: 'Tab' | 'Shift+Tab', presses: number): Promise<void> {
  const stops: FocusProbe[] = [];
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press(key);
    stops.push(await focusProbe(page));
  }
  const outside = stops.filter((stop) => !stop.inDialog && !stop.isBody);
  assert(outside.length === 0, `${key} left the dialog: ${stops.map(describeFocus).join(' > ')}`);
  const inside = new Set(stops.filter((stop) => stop.inDialog).map(describeFocus));
  assert(inside.size >= 3, `only ${inside.size} stops inside the dialog: ${[...inside].join(', ')}`);
  assert(
    stops.filter((stop) => stop.inDialog).length > inside.size,
    `${key} did not wrap around: ${stops.map(describeFocus).join(' > ')}`,
  );
}

const isButton = (name: string) => (focus: FocusProbe) => focus.tag.startsWith('button') && focus.text === name;

export const keyboardOnly: Scenario = async ({ open, seller }, s) => {
  const { page } = await open('keyboard.html');
  const order = await seller.findOrder(
    'cancellable only with the seller’s approval',
    (candidate) =>
      (candidate.status === 'ready-for-handling' || candidate.status === 'handling') &&
      candidate.allowCancellation &&
      candidate.pendingCancellationRequest === null,
  );
  const dialog = cancelDialog(page, order.orderId);

  await s.step('the list loads', async () => {
    await waitForList(page);
  });
  await s.step('Tab reaches the search field; typing the order number and Enter finds it', async () => {
    await tabTo(page, (focus) => focus.tag.includes('[type=search]'), 'the search field');
    await page.keyboard.type(order.orderId);
    await page.keyboard.press('Enter');
    await waitForOnlyRow(page, order.orderId);
  });
  await s.step('Tab reaches the order; Enter opens it and focus moves to its heading', async () => {
    await tabTo(page, isButton(en('list.row.open', { orderId: order.orderId })), 'the order’s row');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: en('cancel.heading'), exact: true }).waitFor();
    const focus = await focusProbe(page);
    assert(
      focus.tag.startsWith('h2') && focus.text === en('detail.heading', { orderId: order.orderId }),
      `focus is on ${describeFocus(focus)}`,
    );
  });
  await s.step('Tab reaches "Cancel order"; Enter opens the dialog with focus inside it', async () => {
    await tabTo(page, isButton(en('cancel.action')), 'the cancel action');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const focus = await focusProbe(page);
    assert(focus.inDialog, `focus is on ${describeFocus(focus)}, outside the dialog`);
  });
  await s.check('Tab cycles inside the dialog and never reaches the page behind it', async () => {
    await tabCycle(page, 'Tab', 10);
  });
  await s.check('Shift+Tab does the same backwards', async () => {
    await tabCycle(page, 'Shift+Tab', 10);
  });
  await s.step('arrow keys choose "Other"; Tab reaches the text box and the reason is typed', async () => {
    await tabTo(page, (focus) => focus.tag.includes('[type=radio]'), 'the reasons');
    await page.keyboard.press('ArrowUp');
    await dialog.getByRole('radio', { name: en('cancel.reason.other'), exact: true, checked: true }).waitFor();
    await tabTo(page, (focus) => focus.tag.startsWith('textarea'), 'the reason text box');
    await page.keyboard.type(TYPED_REASON);
  });
  await s.step('Escape closes the dialog and focus returns to "Cancel order"', async () => {
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const focus = await focusProbe(page);
    assert(isButton(en('cancel.action'))(focus), `focus is on ${describeFocus(focus)}`);
  });
  await s.step('Enter, pressed at once, reopens it with "Other" and the typed reason kept', async () => {
    // No wait for the dialog's late `close` event: the widget's state follows the element.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: en('cancel.reason.other'), exact: true, checked: true }).waitFor();
    const text = await dialog.getByRole('textbox', { name: en('cancel.dialog.otherLabel'), exact: true }).inputValue();
    assertEqual(text, TYPED_REASON, 'reason in the text box');
  });
  await s.step('Tab reaches "Request cancellation"; Enter sends it and the order shows as requested', async () => {
    await tabTo(page, isButton(en('cancel.dialog.confirmRequest')), 'the confirm button');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page
      .locator('.cancel-status[data-phase="awaiting-seller"]')
      .getByText(TYPED_REASON, { exact: true })
      .waitFor({ timeout: DECISION_TIMEOUT_MS });
    assertEqual(
      (await seller.order(order.orderId)).pendingCancellationRequest?.reason,
      TYPED_REASON,
      'reason the store received',
    );
  });
  await s.check('after sending, focus is inside the widget (not lost to the page)', async () => {
    const focus = await focusProbe(page);
    assert(focus.inWidget && !focus.isBody, `focus is on ${describeFocus(focus)}`);
  });
};
