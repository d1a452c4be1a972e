/**
 * The widget on a 360 px phone and on a desktop: list, detail and dialog fit the width (no
 * sideways scrolling, nothing sticking out of the widget), and the dialog fits the screen.
 */
import type { Page } from 'playwright-core';
import type { ScenarioContext } from '../harness.ts';
import { assert } from '../harness.ts';
import { DESKTOP, NARROW, type Scenario, type ScenarioEnv } from '../scenario-env.ts';
import { cancelButton, cancelDialog, openOrder, screenshot, waitForList } from '../widget.ts';

/** Elements of the widget that stick out of it, and whether the page scrolls sideways. */
function overflow(page: Page): Promise<{ pageScrolls: string | null; outside: string[] }> {
  return page.evaluate(() => {
    const host = document.querySelector('my-orders');
    const root = host?.shadowRoot;
    if (!host || !root) throw new Error('no widget');
    const bounds = host.getBoundingClientRect();
    const outside: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('dialog') || element.closest('.visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < bounds.left - 1 || rect.right > bounds.right + 1) {
        const name = `${element.localName}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
        outside.push(
          `${name} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px, widget ${Math.round(bounds.left)}..${Math.round(bounds.right)} px`,
        );
      }
    }
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    return {
      pageScrolls: scrollWidth > width ? `page is ${scrollWidth} px wide in a ${width} px viewport` : null,
      outside: outside.slice(0, 10),
    };
  });
}

async function fits(page: Page, s: ScenarioContext, label: string): Promise<void> {
  await s.check(`${label}: fits the width (no sideways scroll, nothing outside the widget)`, async () => {
    const result = await overflow(page);
    const problems = [...(result.pageScrolls ? [result.pageScrolls] : []), ...result.outside];
    assert(problems.length === 0, problems.join('\n'));
  });
}

async function dialogFits(page: Page, orderId: string, s: ScenarioContext, label: string): Promise<void> {
  await s.check(`${label}: the open dialog fits the viewport and its actions are on screen`, async () => {
    const box = await cancelDialog(page, orderId).boundingBox();
    const viewport = page.viewportSize();
    assert(box && viewport, 'no dialog box or viewport');
    assert(
      box.x >= 0 && box.x + box.width <= viewport.width + 1,
      `dialog spans ${box.x}..${box.x + box.width} px of ${viewport.width}`,
    );
    const actions = cancelDialog(page, orderId).locator('.cancel-dialog-actions .button');
    for (const action of await actions.all()) {
      await action.scrollIntoViewIfNeeded();
      const actionBox = await action.boundingBox();
      assert(
        actionBox && actionBox.x >= 0 && actionBox.x + actionBox.width <= viewport.width + 1,
        `a dialog action is off screen: ${JSON.stringify(actionBox)}`,
      );
    }
  });
}

async function walk(
  env: ScenarioEnv,
  s: ScenarioContext,
  label: string,
  viewport: { width: number; height: number },
  shot: string,
): Promise<void> {
  const order = await env.seller.findOrder(
    'inside the grace period',
    (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation,
  );
  const { page } = await env.open('viewports.html', { viewport });
  await s.step(`${label}: the list loads`, async () => {
    await waitForList(page);
  });
  await screenshot(page, `${shot}-list`);
  await fits(page, s, `${label} list`);
  await s.step(`${label}: an order opens`, async () => {
    await openOrder(page, order.orderId);
    await cancelButton(page).waitFor();
  });
  await screenshot(page, `${shot}-detail`);
  await fits(page, s, `${label} detail`);
  await s.step(`${label}: the cancel dialog opens`, async () => {
    await cancelButton(page).click();
    await cancelDialog(page, order.orderId).waitFor();
  });
  await screenshot(page, `${shot}-dialog`);
  await dialogFits(page, order.orderId, s, label);
}

export const viewports: Scenario = async (env, s) => {
  await walk(env, s, `narrow (${NARROW.width} px)`, NARROW, 'narrow');
  await walk(env, s, `desktop (${DESKTOP.width} px)`, DESKTOP, 'desktop');
};
