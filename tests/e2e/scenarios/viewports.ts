/**
 * The widget on a 360 px phone and on a desktop: list, detail and dialog fit the width (no
 * sideways scrolling, nothing sticking out of the widget), and the dialog fits the screen.
 */
import type { ProbeWindow, TestPage } from '../driver/page.ts';
import type { Viewport } from '../driver/types.ts';
import type { ScenarioContext } from '../harness.ts';
import { assert, assertEqual } from '../harness.ts';
import { DESKTOP, NARROW, type Scenario, type ScenarioEnv } from '../scenario-env.ts';
import { cancelButton, cancelDialog, openOrder, waitForList } from '../widget.ts';

/** Elements of the widget that stick out of it, and whether the page scrolls sideways. */
function overflow(page: TestPage): Promise<{ pageScrolls: string | null; outside: string[] }> {
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
  }, null);
}

async function fits(page: TestPage, s: ScenarioContext, label: string): Promise<void> {
  await s.check(`${label}: fits the width (no sideways scroll, nothing outside the widget)`, async () => {
    const result = await overflow(page);
    const problems = [...(result.pageScrolls ? [result.pageScrolls] : []), ...result.outside];
    assert(problems.length === 0, problems.join('\n'));
  });
}

async function dialogFits(page: TestPage, orderId: string, s: ScenarioContext, label: string): Promise<void> {
  await s.check(`${label}: the open dialog fits the viewport and its actions are on screen`, async () => {
    const box = await page.box(cancelDialog(orderId));
    const viewport = await page.viewport();
    assert(
      box.x >= 0 && box.x + box.width <= viewport.width + 1,
      `dialog spans ${box.x}..${box.x + box.width} px of ${viewport.width}`,
    );
    const actions = await page.evaluate((dialog) => {
      const found = (window as unknown as ProbeWindow).__e2e.find(dialog);
      return [...(found?.querySelectorAll('.cancel-dialog-actions .button') ?? [])].map((action) => {
        action.scrollIntoView({ block: 'nearest' });
        const rect = action.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      });
    }, cancelDialog(orderId));
    assert(actions.length > 0, 'the dialog has no actions');
    for (const actionBox of actions) {
      assert(
        actionBox.x >= 0 &&
          actionBox.x + actionBox.width <= viewport.width + 1 &&
          actionBox.y >= 0 &&
          actionBox.y + actionBox.height <= viewport.height + 1,
        `a dialog action is off screen: ${JSON.stringify(actionBox)}`,
      );
    }
  });
}

async function walk(
  env: ScenarioEnv,
  s: ScenarioContext,
  label: string,
  viewport: Viewport,
  shot: string,
): Promise<void> {
  const order = await env.seller.findOrder(
    'inside the grace period',
    (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation,
  );
  const page = await env.open('viewports.html', { viewport });
  await s.step(`${label}: the list loads in a ${viewport.width} x ${viewport.height} viewport`, async () => {
    const actual = await page.viewport();
    assertEqual(`${actual.width} x ${actual.height}`, `${viewport.width} x ${viewport.height}`, 'viewport');
    await waitForList(page);
  });
  await page.screenshot(`${shot}-list`);
  await fits(page, s, `${label} list`);
  await s.step(`${label}: an order opens`, async () => {
    await openOrder(page, order.orderId);
    await page.waitFor(cancelButton());
  });
  await page.screenshot(`${shot}-detail`);
  await fits(page, s, `${label} detail`);
  await s.step(`${label}: the cancel dialog opens`, async () => {
    await page.click(cancelButton());
    await page.waitFor(cancelDialog(order.orderId));
  });
  await page.screenshot(`${shot}-dialog`);
  await dialogFits(page, order.orderId, s, label);
}

export const viewports: Scenario = async (env, s) => {
  await walk(env, s, `narrow (${NARROW.width} px)`, NARROW, 'narrow');
  await walk(env, s, `desktop (${DESKTOP.width} px)`, DESKTOP, 'desktop');
};
