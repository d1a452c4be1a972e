/**
 * axe-core on the page with its data loaded: the list, an order that can be canceled, its
 * open cancel dialog, and an order with a denied request, on a device in the light and then
 * in the dark colour scheme (a page each: Firefox and WebKit cannot switch one page's scheme),
 * with the WCAG 2.0/2.1/2.2 A and AA rules. No violations; and enough passes inside the
 * shadow root to prove the widget itself was scanned. The `theme` attribute pins the colours
 * whatever the device says.
 */
import type { MockOrderSummary } from '../../../mocks/index.ts';
import {
  type AxeSummary,
  axeVersion,
  DISABLED_RULES,
  describeNodes,
  describeViolations,
  runAxe,
  WCAG_TAGS,
} from '../axe.ts';
import type { TestPage } from '../driver/page.ts';
import type { ColorScheme } from '../driver/types.ts';
import type { ScenarioContext } from '../harness.ts';
import { assert } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import type { Seller } from '../seller.ts';
import { cancelButton, cancelDialog, en, inDialog, openOrder, searchFor, waitForList } from '../widget.ts';

/**
 * Floor for one scan, below what the widget shows today (about 160 passing nodes inside the
 * shadow root on a detail, 350 on the list); a scan that missed the shadow root passes only a
 * handful of the host page's nodes.
 */
const MIN_SHADOW_PASS_NODES = 100;
/** Rules that must have passed inside the shadow root in every scan: they read its content. */
const RULES_THAT_MUST_SEE_THE_SHADOW_ROOT = ['color-contrast', 'button-name'];

/** The seed's order whose cancellation request the store denied (the shopper reads it as such). */
async function findDenied(seller: Seller): Promise<MockOrderSummary> {
  for (const order of await seller.orders()) {
    if (order.shopper !== 'main' || order.status !== 'handling') continue;
    const detail = await seller.shopperDetail(order.orderId);
    if (detail.cancellationRequests?.some((request) => request.deniedBySeller)) return order;
  }
  throw new Error('The mock has no order with a denied cancellation request');
}

/** The widget root's text and background colours, as `color on background`. */
function rootColours(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector('my-orders')?.shadowRoot?.querySelector('.my-orders');
    return element ? `${getComputedStyle(element).color} on ${getComputedStyle(element).backgroundColor}` : '';
  }, null);
}

/** Sets the host's `theme` attribute (null removes it). */
async function setTheme(page: TestPage, theme: ColorScheme | null): Promise<void> {
  await page.evaluate((value) => {
    const host = document.querySelector('my-orders');
    if (value === null) host?.removeAttribute('theme');
    else host?.setAttribute('theme', value);
  }, theme);
}

/** Waits (an attribute applies on the element's next update) until the root has these colours. */
async function expectColours(page: TestPage, expected: string, what: string): Promise<void> {
  const reached = await page
    .waitForFunction(
      (colours) => {
        const element = document.querySelector('my-orders')?.shadowRoot?.querySelector('.my-orders');
        return element
          ? `${getComputedStyle(element).color} on ${getComputedStyle(element).backgroundColor}` === colours
          : false;
      },
      expected,
      what,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!reached) throw new Error(`${what}: expected ${expected}, got ${await rootColours(page)}`);
}

async function scan(page: TestPage, s: ScenarioContext, state: string, scheme: ColorScheme): Promise<void> {
  let summary: AxeSummary | null = null;
  await s.check(`axe: ${state}, ${scheme}: no violations, shadow root scanned`, async () => {
    const result = await runAxe(page);
    summary = result;
    assert(
      result.violations.length === 0,
      `${result.violations.length} rule(s) violated:\n${describeViolations(result.violations)}`,
    );
    assert(
      result.shadowPassNodes >= MIN_SHADOW_PASS_NODES,
      `only ${result.shadowPassNodes} passing nodes inside the shadow root (floor ${MIN_SHADOW_PASS_NODES}); rules: ${result.shadowPassRules.join(', ')}`,
    );
    const unseen = RULES_THAT_MUST_SEE_THE_SHADOW_ROOT.filter((rule) => !result.shadowPassRules.includes(rule));
    assert(unseen.length === 0, `rules that never passed inside the shadow root: ${unseen.join(', ')}`);
    console.log(
      `# axe ${state}, ${scheme}: ${result.passedRules} rules passed, ${result.shadowPassNodes} nodes in the shadow root (${result.shadowPassRules.length} rules); needs review: ${result.needsReview.join(', ') || 'none'}`,
    );
  });
  await s.check(`axe: ${state}, ${scheme}: no text drawn in its background’s colour`, async () => {
    const found = (summary as AxeSummary | null)?.invisibleText;
    assert(found, 'axe did not run');
    assert(
      found.length === 0,
      `${found.length} element(s) with a 1:1 contrast (axe: "needs review"):\n${describeNodes(found)}`,
    );
  });
  if (scheme === 'dark') await page.screenshot(`dark-${state.replaceAll(' ', '-')}`);
}

export const accessibility: Scenario = async ({ open, seller }, s) => {
  console.log(`# axe-core ${axeVersion()}, tags ${WCAG_TAGS.join(', ')}`);
  await s.check('every rule switched off has a written reason', async () => {
    const unexplained = Object.entries(DISABLED_RULES).filter(([, reason]) => reason.trim().length < 20);
    assert(unexplained.length === 0, `rules off without a reason: ${unexplained.map(([id]) => id).join(', ')}`);
  });

  const cancellable = await seller.findOrder(
    'inside the grace period',
    (order) => order.status === 'window-to-cancel' && order.allowCancellation,
  );
  const denied = await findDenied(seller);
  /** The root's colours: on a light device without a theme, and with theme="dark" there. */
  let light = '';
  let pinnedDark = '';

  for (const scheme of ['light', 'dark'] as const) {
    const page = await open('a11y.html', { colorScheme: scheme });
    await s.step(`${scheme} device: the list has loaded`, async () => {
      await waitForList(page);
    });
    await scan(page, s, 'list', scheme);
    if (scheme === 'light') {
      await s.check('on a light device theme="dark" gives other colours, and theme="light" the device’s', async () => {
        light = await rootColours(page);
        await setTheme(page, 'dark');
        await page.waitForFunction(
          (before) => {
            const element = document.querySelector('my-orders')?.shadowRoot?.querySelector('.my-orders');
            return element ? getComputedStyle(element).backgroundColor !== before : false;
          },
          light.split(' on ')[1] ?? '',
          'the colours to change with theme="dark"',
          { timeout: 5_000 },
        );
        pinnedDark = await rootColours(page);
        await setTheme(page, 'light');
        await expectColours(page, light, 'theme="light" on a light device');
        await setTheme(page, null);
        await expectColours(page, light, 'no theme on a light device');
      });
    } else {
      await s.check('a dark device gives theme="dark"’s colours, and theme="light" pins the light ones', async () => {
        assert(light && pinnedDark, 'the light device’s colours were not measured');
        await expectColours(page, pinnedDark, 'no theme on a dark device');
        await setTheme(page, 'light');
        await expectColours(page, light, 'theme="light" on a dark device');
        await setTheme(page, null);
        await expectColours(page, pinnedDark, 'no theme on a dark device, again');
      });
    }

    await s.step(`${scheme} device: an order that can be canceled has loaded`, async () => {
      await openOrder(page, cancellable.orderId);
      await page.waitFor(cancelButton());
    });
    await scan(page, s, 'detail', scheme);

    await s.step(`${scheme} device: its cancel dialog is open, with "Other" chosen`, async () => {
      await page.click(cancelButton());
      await page.waitFor(cancelDialog(cancellable.orderId));
      await page.check(inDialog(cancellable.orderId, { role: 'radio', name: en('cancel.reason.other') }));
      await page.waitFor(inDialog(cancellable.orderId, { role: 'textbox', name: en('cancel.dialog.otherLabel') }));
    });
    await scan(page, s, 'dialog', scheme);

    await s.step(`${scheme} device: the dialog is closed and another order is open`, async () => {
      await page.press('Escape');
      await page.waitFor(cancelDialog(cancellable.orderId), { state: 'hidden' });
      await page.click({ role: 'button', name: en('detail.back') });
      await waitForList(page);
      await searchFor(page, denied.orderId);
      await openOrder(page, denied.orderId);
      await page.waitFor({ css: '.cancel-status[data-phase="denied"]' });
    });
    await scan(page, s, 'denied request', scheme);
  }
};
