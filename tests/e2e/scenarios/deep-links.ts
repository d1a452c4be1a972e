/**
 * Deep links with the built script, whose deep-link sync is a part loaded only when the
 * store turns them on: a link to an order opens it, leaving it and going back move through
 * the browser's history, and the list's page survives a reload. On a page without them, no
 * deep-link code is fetched (scenarios/parts-on-demand.ts).
 */
import type { TestPage } from '../driver/page.ts';
import { assert, assertEqual } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { en, rowIds, waitForDetail, waitForList } from '../widget.ts';

const hashOf = (page: TestPage): Promise<string> => page.evaluate(() => location.hash, null);

export const deepLinks: Scenario = async ({ open, seller, server }, s) => {
  const order = await seller.findOrder(
    'of the main shopper',
    (candidate) => candidate.shopper === 'main' && candidate.status === 'handling',
  );
  const page = await open(`deep-link.html#my-orders/order/${encodeURIComponent(order.orderId)}`);
  // Parts fetched from here on (the store server's log: the same in every engine).
  const from = server.requests.length;
  const parts = (): string[] =>
    server.requests
      .slice(from)
      .filter((request) => request.path.startsWith('/dist/parts/'))
      .map((request) => request.path.slice('/dist/parts/'.length));

  await s.step('a link to an order opens that order, not the list', async () => {
    await waitForDetail(page, order.orderId);
  });
  await s.step('“Back to orders” shows the list and writes it into the URL', async () => {
    await page.click({ role: 'button', name: en('detail.back') });
    await waitForList(page);
    assertEqual(await hashOf(page), '#my-orders/list', 'hash on the list');
  });
  await s.step('the browser’s Back returns to the order, Forward to the list', async () => {
    await page.back();
    await waitForDetail(page, order.orderId);
    await page.forward();
    await waitForList(page);
  });
  await s.check('moving around fetched no part again (each loads once per page)', async () => {
    assertEqual(parts().join(', '), '', 'parts fetched after the first load');
  });
  await s.step('the list’s second page is in the URL and survives a reload', async () => {
    const firstPage = await rowIds(page);
    await page.click({ role: 'button', name: en('pagination.next') });
    await page.waitForFunction(() => location.hash === '#my-orders/list?page=2', null, 'the second page in the URL');
    await page.reload();
    await waitForList(page);
    await page.waitFor({ text: en('pagination.status', { page: 2, pages: 4 }) });
    const secondPage = await rowIds(page);
    assert(
      secondPage.length > 0 && !secondPage.some((id) => firstPage.includes(id)),
      `page 2 rows: ${secondPage.join(', ')}`,
    );
  });
  await s.check(
    'the reloaded list fetched the deep-link part (and at most the order view, ahead of need)',
    async () => {
      const names = parts().map((name) => name.replace(/-[\w-]{8}\.js$/, ''));
      assertEqual(
        names.filter((name) => name !== 'order-part').join(', '),
        'deep-link-sync',
        'parts fetched by the reloaded page',
      );
      assert(names.filter((name) => name === 'order-part').length <= 1, `parts: ${names.join(', ')}`);
    },
  );
};
