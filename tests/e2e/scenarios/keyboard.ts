/**
 * The cancel flow with the keyboard only (the engine's real keyboard: no clicks, no fills):
 * find the order, open it, open the dialog, stay inside it, pick "Other" and type a reason,
 * leave with Escape (the reason is kept, focus goes back to the opener), come back and send.
 */
import type { TestPage } from '../driver/page.ts';
import type { Key } from '../driver/types.ts';
import { assert, assertEqual } from '../harness.ts';
import { DECISION_TIMEOUT_MS, type Scenario } from '../scenario-env.ts';
import {
  cancelDialog,
  describeFocus,
  en,
  type FocusProbe,
  focusProbe,
  inDialog,
  waitForList,
  waitForOnlyRow,
} from '../widget.ts';

const TYPED_REASON = 'I will be away when it arrives.';
/** More Tab presses than there are stops on the way: the list page has about twenty. */
const MAX_TABS = 60;
/** More arrow presses than there are reasons to choose from. */
const MAX_REASONS = 12;

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element (if it does not yet); returns the path. */
async function tabTo(
  page: TestPage,
  wanted: (focus: FocusProbe) => boolean,
  what: string,
  key: Key = 'Tab',
): Promise<FocusProbe[]> {
  const path: FocusProbe[] = [await focusProbe(page)];
  // Focus may already be there (a dialog focuses its first control): no press needed then.
  if (wanted(path[0] as FocusProbe)) return path;
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.press(key);
    const focus = await focusProbe(page);
    path.push(focus);
    if (wanted(focus)) return path;
  }
  throw new Error(
    `${what} not reached in ${MAX_TABS} presses of ${key}; focus went ${path.slice(-8).map(describeFocus).join(' > ')}`,
  );
}

/** Presses `key` in the open dialog more times than it has controls; every stop, in order. */
async function pressRound(page: TestPage, key: 'Tab' | 'Shift+Tab', presses: number): Promise<FocusProbe[]> {
  const stops: FocusProbe[] = [];
  for (let press = 0; press < presses; press += 1) {
    await page.press(key);
    stops.push(await focusProbe(page));
  }
  return stops;
}

/** No stop outside the dialog (the browser's own chrome, where focus is on nothing, is allowed). */
function staysInDialog(stops: readonly FocusProbe[], key: string): void {
  const outside = stops.filter((stop) => !stop.inDialog && !stop.isBody);
  assert(outside.length === 0, `${key} left the dialog: ${stops.map(describeFocus).join(' > ')}`);
}

/** The stops went past every control and round again. */
function wentRound(stops: readonly FocusProbe[], key: string): void {
  const inside = new Set(stops.filter((stop) => stop.inDialog).map(describeFocus));
  assert(inside.size >= 3, `only ${inside.size} stops inside the dialog: ${[...inside].join(', ')}`);
  assert(
    stops.filter((stop) => stop.inDialog).length > inside.size,
    `${key} did not wrap around: ${stops.map(describeFocus).join(' > ')}`,
  );
}

/**
 * Past a modal dialog's last control, Tab takes focus out to the browser's own chrome and the
 * next Tab brings it back to the page. Chromium's and WebKit's drivers go round like a
 * keyboard. Firefox over BiDi does not: once a Tab has left the document, keys stop reaching
 * it and neither focus(), activating the tab nor a click in the modal dialog gives the
 * document focus back, so the rest of the scenario could not go on. The page behind the
 * dialog being inert is checked in every engine without it.
 */
const NO_ROUND_TRIP_THROUGH_CHROME =
  'its driver cannot take keyboard focus out to the browser’s chrome and back (over BiDi the document keeps no focus after a Tab out of it)';

const isButton = (name: string) => (focus: FocusProbe) => focus.tag.startsWith('button') && focus.text === name;

export const keyboardOnly: Scenario = async ({ open, seller }, s) => {
  const page = await open('keyboard.html');
  const order = await seller.findOrder(
    'cancellable only with the seller’s approval',
    (candidate) =>
      (candidate.status === 'ready-for-handling' || candidate.status === 'handling') &&
      candidate.allowCancellation &&
      candidate.pendingCancellationRequest === null,
  );
  const dialog = cancelDialog(order.orderId);
  const otherChecked = inDialog(order.orderId, { role: 'radio', name: en('cancel.reason.other'), checked: true });

  await s.step('the list loads', async () => {
    await waitForList(page);
  });
  await s.step('Tab reaches the search field; typing the order number and Enter finds it', async () => {
    await tabTo(page, (focus) => focus.tag.includes('[type=search]'), 'the search field');
    await page.type(order.orderId);
    await page.press('Enter');
    await waitForOnlyRow(page, order.orderId);
  });
  await s.step('Tab reaches the order; Enter opens it and focus moves to its heading', async () => {
    await tabTo(page, isButton(en('list.row.open', { orderId: order.orderId })), 'the order’s row');
    await page.press('Enter');
    await page.waitFor({ role: 'heading', level: 3, name: en('cancel.heading') });
    const focus = await focusProbe(page);
    assert(
      focus.tag.startsWith('h2') && focus.text === en('detail.heading', { orderId: order.orderId }),
      `focus is on ${describeFocus(focus)}`,
    );
  });
  await s.step('Tab reaches "Cancel order"; Enter opens the dialog with focus inside it', async () => {
    await tabTo(page, isButton(en('cancel.action')), 'the cancel action');
    await page.press('Enter');
    await page.waitFor(dialog);
    const focus = await focusProbe(page);
    assert(focus.inDialog, `focus is on ${describeFocus(focus)}, outside the dialog`);
  });
  await s.check('the page behind the open dialog is inert: its links cannot take focus', async () => {
    const taken = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
      const took = links.filter((link) => {
        link.focus();
        return document.activeElement === link;
      });
      return { links: links.length, took: took.map((link) => link.textContent ?? '') };
    }, null);
    assert(taken.links > 0, 'the page has no links to try');
    assert(taken.took.length === 0, `links behind the dialog took focus: ${taken.took.join(', ')}`);
    const focus = await focusProbe(page);
    assert(focus.inDialog, `focus left the dialog: ${describeFocus(focus)}`);
  });
  const roundTrip = { notPossible: s.engine === 'firefox' ? NO_ROUND_TRIP_THROUGH_CHROME : null };
  await s.check(
    'Tab goes round the dialog and never takes focus to the page behind it',
    async () => {
      const stops = await pressRound(page, 'Tab', 10);
      staysInDialog(stops, 'Tab');
      wentRound(stops, 'Tab');
    },
    roundTrip,
  );
  await s.check(
    'Shift+Tab does the same backwards',
    async () => {
      const stops = await pressRound(page, 'Shift+Tab', 10);
      staysInDialog(stops, 'Shift+Tab');
      wentRound(stops, 'Shift+Tab');
    },
    roundTrip,
  );
  // Where the rounds left focus differs between engines: start again from the dialog's own
  // first focus (Escape returning focus to the opener is checked once more below).
  await s.step('Escape closes the dialog; Enter opens it again with focus inside', async () => {
    await page.press('Escape');
    await page.waitFor(dialog, { state: 'hidden' });
    const opener = await focusProbe(page);
    assert(isButton(en('cancel.action'))(opener), `focus is on ${describeFocus(opener)}`);
    await page.press('Enter');
    await page.waitFor(dialog);
    const focus = await focusProbe(page);
    assert(focus.inDialog, `focus is on ${describeFocus(focus)}, outside the dialog`);
  });
  await s.step('arrow keys choose "Other"; Tab reaches the text box and the reason is typed', async () => {
    await tabTo(page, (focus) => focus.tag.includes('[type=radio]'), 'the reasons');
    // "Other" is the last reason: ArrowDown until it is checked (WebKit does not wrap ArrowUp
    // from the first radio round to the last, as Chromium and Firefox do).
    for (let press = 0; press < MAX_REASONS && (await page.count(otherChecked)) === 0; press += 1) {
      await page.press('ArrowDown');
    }
    await page.waitFor(otherChecked);
    await tabTo(page, (focus) => focus.tag.startsWith('textarea'), 'the reason text box');
    await page.type(TYPED_REASON);
  });
  await s.step('Escape closes the dialog and focus returns to "Cancel order"', async () => {
    await page.press('Escape');
    await page.waitFor(dialog, { state: 'hidden' });
    const focus = await focusProbe(page);
    assert(isButton(en('cancel.action'))(focus), `focus is on ${describeFocus(focus)}`);
  });
  await s.step('Enter, pressed at once, reopens it with "Other" and the typed reason kept', async () => {
    // No wait for the dialog's late `close` event: the widget's state follows the element.
    await page.press('Enter');
    await page.waitFor(dialog);
    await page.waitFor(otherChecked);
    const text = await page.value(inDialog(order.orderId, { role: 'textbox', name: en('cancel.dialog.otherLabel') }));
    assertEqual(text, TYPED_REASON, 'reason in the text box');
  });
  await s.step('Tab reaches "Request cancellation"; Enter sends it and the order shows as requested', async () => {
    await tabTo(page, isButton(en('cancel.dialog.confirmRequest')), 'the confirm button');
    await page.press('Enter');
    await page.waitFor(dialog, { state: 'hidden' });
    await page.waitFor(
      { in: { css: '.cancel-status[data-phase="awaiting-seller"]' }, text: TYPED_REASON },
      { timeout: DECISION_TIMEOUT_MS },
    );
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
