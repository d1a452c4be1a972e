/**
 * The script carries the list; the order view is a part it loads when first needed. On a
 * plain page the list shows with no part fetched, pointing at the rows fetches the order view
 * (so a click finds it there), and it is fetched once. On a page that enforces Trusted Types,
 * where a script element's `src` needs a policy the widget does not have, the list still works
 * and opening an order says it could not load, with a retry: the page itself is unharmed.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { detailHeading, en, rowButton, rowIds, waitForDetail, waitForList } from '../widget.ts';

function recordParts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/parts/')) requested.push(path.slice('/dist/parts/'.length));
  });
  return requested;
}

const isOrderPart = (name: string) => name.startsWith('order-part-');

export const partsOnDemand: Scenario = async ({ open }, s) => {
  const { page } = await open('plain.html');
  const requested = recordParts(page);

  await s.step('the list loads with the script alone: no part is fetched', async () => {
    await waitForList(page);
    assertEqual(requested.join(', '), '', 'parts fetched for the list');
  });
  const [first] = await rowIds(page);
  assert(first, 'the list has no rows');
  await s.step('pointing at the rows fetches the order view, before any click', async () => {
    const fetched = page.waitForRequest((request) =>
      isOrderPart(new URL(request.url()).pathname.split('/').pop() ?? ''),
    );
    await rowButton(page, first).hover();
    await (await fetched).response();
    assertEqual(requested.filter(isOrderPart).length, 1, 'order view fetches');
  });
  await s.step('opening the order uses the view already here: it is fetched once', async () => {
    await rowButton(page, first).click();
    await waitForDetail(page, first);
    await page.getByRole('button', { name: en('detail.back'), exact: true }).click();
    await waitForList(page);
    const [, second] = await rowIds(page);
    assert(second, 'the list has one row only');
    await rowButton(page, second).click();
    await waitForDetail(page, second);
    assertEqual(requested.filter(isOrderPart).length, 1, 'order view fetches');
    assertEqual(
      requested.filter((name) => !isOrderPart(name)).join(', '),
      '',
      'other parts fetched (English, no deep links)',
    );
  });
};

export const trustedTypesHost: Scenario = async ({ open }, s) => {
  const { page, headers, errors } = await open('trusted-types.html');

  await s.check('the page is served enforcing Trusted Types', async () => {
    assertEqual(headers['content-security-policy'], "require-trusted-types-for 'script'", 'CSP header');
  });
  await s.step('the list loads (the script itself needs no policy)', async () => {
    await waitForList(page);
  });
  await s.step('opening an order says it could not load, offers a retry and the way back', async () => {
    const [first] = await rowIds(page);
    assert(first, 'the list has no rows');
    await rowButton(page, first).click();
    await detailHeading(page, first).waitFor();
    const panel = page.locator('.order-detail [role="alert"]');
    await panel.waitFor();
    await panel.getByRole('button', { name: en('error.retry'), exact: true }).waitFor();
    await panel.getByRole('button', { name: en('error.backToList'), exact: true }).click();
    await waitForList(page);
  });
  // Chromium reports each refused assignment as a console error: this scenario's point.
  const refused = errors.filter((line) => /TrustedScriptURL|Trusted Type/i.test(line));
  errors.splice(0, errors.length, ...errors.filter((line) => !refused.includes(line)));
  await s.check(
    'the browser refused the part’s script URL for Trusted Types, and nothing else went wrong',
    async () => {
      assert(refused.length > 0, 'no Trusted Types report in the console');
    },
  );
};
