/**
 * Two widgets on one page, in English and Brazilian Portuguese: each speaks its own language,
 * keeps its own state, reports its own events, and the script adds only `MyOrders` to window.
 */
import { assert, assertEqual } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { detailHeading, openOrder, rowIds, screenshot, waitForList, widgetEvents, words } from '../widget.ts';

const PAGE_SIZE = 5;
/** Globals of this test itself, not of the page. */
const TEST_GLOBALS = ['__myOrdersEvents', '__windowBaseline', '__sameDocument'];

export const twoInstances: Scenario = async ({ open }, s) => {
  const { page } = await open('two-instances.html', {}, async (context) => {
    await context.addInitScript(() =>
      Object.defineProperty(window, '__windowBaseline', { value: Object.getOwnPropertyNames(window) }),
    );
  });
  const english = page.locator('#orders-en');
  const portuguese = page.locator('#orders-pt');
  const en = words('en');
  const pt = words('pt-BR');

  await s.step('both instances load their list, each in its own language', async () => {
    await waitForList(english, en);
    await waitForList(portuguese, pt);
  });
  await screenshot(page, 'two-instances', { fullPage: true });
  await s.check('each instance honours page-size="5" and names its rows in its language', async () => {
    const enIds = await rowIds(english);
    const ptIds = await rowIds(portuguese);
    assertEqual(enIds.length, PAGE_SIZE, 'English rows');
    assertEqual(ptIds.join(' '), enIds.join(' '), 'same shopper, same orders');
    const first = enIds[0] ?? '';
    await english.getByRole('button', { name: en('list.row.open', { orderId: first }), exact: true }).waitFor();
    await portuguese.getByRole('button', { name: pt('list.row.open', { orderId: first }), exact: true }).waitFor();
  });
  await s.check('each widget root carries its own lang', async () => {
    assertEqual(await english.locator('.my-orders').getAttribute('lang'), 'en', 'English lang');
    assertEqual(await portuguese.locator('.my-orders').getAttribute('lang'), 'pt-BR', 'Portuguese lang');
  });

  await s.step('opening an order in one instance leaves the other on its list', async () => {
    const orderId = (await rowIds(portuguese))[1] ?? '';
    await openOrder(portuguese, orderId, pt);
    await english.getByRole('heading', { level: 2, name: en('list.heading'), exact: true }).waitFor();
    assertEqual(await detailHeading(english, orderId, en).count(), 0, 'detail headings in the English instance');
  });
  await s.check('each host hears its own ready event, once', async () => {
    const ready = (await widgetEvents(page))
      .filter((event) => event.type === 'my-orders:ready')
      .map((event) => event.host);
    assertEqual(ready.sort().join(' '), 'orders-en orders-pt', 'hosts of my-orders:ready');
  });
  await s.check('the script adds only MyOrders to window, with mount() and a version', async () => {
    const added = await page.evaluate((ignored) => {
      const baseline = new Set((window as unknown as { __windowBaseline: string[] }).__windowBaseline);
      return Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name) && !ignored.includes(name));
    }, TEST_GLOBALS);
    assertEqual(added.join(' '), 'MyOrders', 'globals added');
    const api = await page.evaluate(() => {
      const global = (window as unknown as { MyOrders?: { mount?: unknown; version?: unknown } }).MyOrders;
      return { mount: typeof global?.mount, version: typeof global?.version };
    });
    assert(api.mount === 'function' && api.version === 'string', `MyOrders is ${JSON.stringify(api)}`);
  });
};
