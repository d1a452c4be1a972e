/**
 * Two widgets on one page, in English and Brazilian Portuguese: each speaks its own language,
 * keeps its own state, reports its own events, and the script adds only `MyOrders` to window.
 */
import type { ProbeWindow } from '../driver/page.ts';
import { assert, assertEqual } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { detailHeading, openOrder, rowButton, rowIds, type WidgetRef, waitForList, words } from '../widget.ts';

const PAGE_SIZE = 5;
/** Globals of the test itself (pages/probe.js and widget.ts), not of the page. */
const TEST_GLOBALS = ['__e2e', '__sameDocument'];

export const twoInstances: Scenario = async ({ open }, s) => {
  const page = await open('two-instances.html');
  const en = words('en');
  const pt = words('pt-BR');
  const english: WidgetRef = { host: '#orders-en', t: en };
  const portuguese: WidgetRef = { host: '#orders-pt', t: pt };

  await s.step('both instances load their list, each in its own language', async () => {
    await waitForList(page, english);
    await waitForList(page, portuguese);
  });
  await page.screenshot('two-instances', { fullPage: true });
  await s.check('each instance honours page-size="5" and names its rows in its language', async () => {
    const enIds = await rowIds(page, english);
    const ptIds = await rowIds(page, portuguese);
    assertEqual(enIds.length, PAGE_SIZE, 'English rows');
    assertEqual(ptIds.join(' '), enIds.join(' '), 'same shopper, same orders');
    const first = enIds[0] ?? '';
    await page.waitFor(rowButton(first, english));
    await page.waitFor(rowButton(first, portuguese));
  });
  await s.check('each widget root carries its own lang', async () => {
    assertEqual(await page.attribute({ host: english.host, css: '.my-orders' }, 'lang'), 'en', 'English lang');
    assertEqual(await page.attribute({ host: portuguese.host, css: '.my-orders' }, 'lang'), 'pt-BR', 'Portuguese lang');
  });

  await s.step('opening an order in one instance leaves the other on its list', async () => {
    const orderId = (await rowIds(page, portuguese))[1] ?? '';
    await openOrder(page, orderId, portuguese);
    await page.waitFor({ host: english.host, role: 'heading', level: 2, name: en('list.heading') });
    assertEqual(await page.count(detailHeading(orderId, english)), 0, 'detail headings in the English instance');
  });
  await s.check('each host hears its own ready event, once', async () => {
    const ready = (await page.widgetEvents())
      .filter((event) => event.type === 'my-orders:ready')
      .map((event) => event.host);
    assertEqual(ready.sort().join(' '), 'orders-en orders-pt', 'hosts of my-orders:ready');
  });
  await s.check('the script adds only MyOrders to window, with mount() and a version', async () => {
    const added = await page.evaluate((ignored) => {
      const baseline = new Set((window as unknown as ProbeWindow).__e2e.baseline);
      return Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name) && !ignored.includes(name));
    }, TEST_GLOBALS);
    assertEqual(added.join(' '), 'MyOrders', 'globals added');
    const api = await page.evaluate(() => {
      const global = (window as unknown as { MyOrders?: { mount?: unknown; version?: unknown } }).MyOrders;
      return { mount: typeof global?.mount, version: typeof global?.version };
    }, null);
    assert(api.mount === 'function' && api.version === 'string', `MyOrders is ${JSON.stringify(api)}`);
  });
};
