/**
 * What the list does to the page (issue #14): the first page is asked for before anything is
 * drawn; a page turn puts the next page in with one insertion; Search over the same page touches
 * only what changed. A page that answers within the list's grace (BUSY_AFTER_MS) is not marked
 * busy: the tests hold the page's timers still (fake setTimeout, never advanced), so that grace
 * cannot run out however slow the machine, and wait in real time for the answer.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { sellerPost } from './cancel-helpers.ts';
import { rawList, renderedOrderIds } from './list-support.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { signIn, renderWidget } = useMockBackend();

/** Real time, taken before any test fakes it. */
const realSetTimeout = globalThis.setTimeout;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Waits in real time (the page's own timers may be held still) until `done`. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 10_000) throw new Error(`${what}: not after 10 s`);
    await new Promise((resolve) => realSetTimeout(resolve, 10));
  }
}

/** Every mutation record in the widget's shadow root from now on. */
function recordMutations(root: HTMLElement): MutationRecord[] {
  const records: MutationRecord[] = [];
  new MutationObserver((batch) => records.push(...batch)).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return records;
}

const elementsIn = (nodes: NodeList) => [...nodes].filter((node): node is Element => node instanceof Element);

async function mainList() {
  signIn('main');
  const rendered = renderWidget({ locale: 'en' });
  await rendered.view.findAllByRole('article');
  return rendered;
}

describe('what the list does to the page', () => {
  it('asks for the first page before it draws anything', async () => {
    signIn('main');
    const drawnWhenAsked: boolean[] = [];
    const fetch = globalThis.fetch;
    let host: HTMLElement | null = null;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/api/oms/user/orders'))
        drawnWhenAsked.push(normaliseSpaces(host?.shadowRoot?.textContent) !== '');
      return fetch(input, init);
    });
    const rendered = renderWidget({ locale: 'en' });
    host = rendered.host;
    await rendered.view.findAllByRole('article');
    expect(drawnWhenAsked).toEqual([false]);
    // The first draw still has its words (English ships in the script): never a wordless skeleton.
    expect(rendered.view.getByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
  });

  it('turns a page with one insertion of the next rows, and a quick answer never marks the list busy', async () => {
    const { root, view } = await mainList();
    const page1 = renderedOrderIds(root);
    const page2 = (await rawList('page=2&per_page=15')).list.map((row) => row.orderId);
    const records = recordMutations(root);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    view.getByRole('button', { name: 'Next page' }).click();
    await until(() => normaliseSpaces(view.getByRole('navigation').textContent).includes('Page 2 of 4'), 'page 2');

    expect(renderedOrderIds(root)).toEqual(page2);
    const rowsIn = (nodes: NodeList) => elementsIn(nodes).filter((node) => node.matches('li.order-row'));
    const listsIn = (nodes: NodeList) => elementsIn(nodes).filter((node) => node.matches('ol.order-rows'));
    // No row goes in or out on its own: the old list leaves whole, the new one arrives whole.
    expect(records.flatMap((record) => [...rowsIn(record.addedNodes), ...rowsIn(record.removedNodes)])).toEqual([]);
    const added = records.flatMap((record) => listsIn(record.addedNodes));
    expect(added).toHaveLength(1);
    expect(added[0]?.querySelectorAll('li.order-row')).toHaveLength(page2.length);
    expect(records.filter((record) => listsIn(record.removedNodes).length > 0)).toHaveLength(1);
    // Answered within the grace: the old page was never marked busy, and the new list is not.
    const busied = records.filter(
      (record) =>
        record.attributeName === 'aria-busy' && (record.target as Element).getAttribute('aria-busy') === 'true',
    );
    expect(busied).toEqual([]);
    expect(view.getByRole('list', { name: 'Your orders' }).getAttribute('aria-busy')).toBe('false');
    expect(page1).not.toEqual(page2);
    // The whole turn: the two lists, the page status, the announcement and the freshness stamp.
    expect(records.length).toBeLessThanOrEqual(6);
  });

  it('Search over the same page touches only the order that changed', async () => {
    const { root, view } = await mainList();
    const page = await rawList('page=1&per_page=15');
    const cancellable = ['ready-for-handling', 'start-handling', 'handling', 'window-to-cancel'];
    const changed = page.list.find((row) => cancellable.includes(row.status))?.orderId;
    expect(changed, 'page 1 has an order the seller can cancel').toBeTruthy();
    expect((await sellerPost(changed ?? '', 'cancel', { reason: 'out of stock' })).status).toBe(200);
    const rowOf = (orderId: string) =>
      view.getByRole('button', { name: `Order ${orderId}` }).closest('li.order-row') as HTMLElement;
    const row = rowOf(changed ?? '');
    const others = renderedOrderIds(root).filter((orderId) => orderId !== changed);
    const before = new Map(others.map((orderId) => [orderId, rowOf(orderId)]));
    const records = recordMutations(root);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    view.getByRole('button', { name: 'Search' }).click();
    await until(() => normaliseSpaces(row.querySelector('.status-badge')?.textContent) === 'Canceled', 'the badge');

    // The same elements, the other rows untouched; outside the freshness stamp, only the badge moved.
    expect(rowOf(changed ?? '')).toBe(row);
    for (const [orderId, element] of before) expect(rowOf(orderId)).toBe(element);
    const outsideStamp = records.filter((record) => {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      return !target?.closest('.order-list-updated');
    });
    expect(outsideStamp.length).toBeGreaterThan(0);
    expect(outsideStamp.length).toBeLessThanOrEqual(3);
    for (const record of outsideStamp) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      expect(target?.closest('.status-badge'), `${record.type} ${record.attributeName ?? ''}`).toBeTruthy();
      expect(row.contains(target ?? null)).toBe(true);
    }
  });
});
