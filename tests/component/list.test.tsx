/**
 * The order list against the mock backend over MSW: the first page, paging, loading, the
 * empty state, split purchases and opening an order. Expected rows come from the mock's own
 * HTTP answer, fetched independently of the widget.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listQueries, rawList, renderedOrderIds } from './list-support.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

async function renderMainList() {
  signIn('main');
  const rendered = renderWidget({ locale: 'en' });
  await rendered.view.findAllByRole('article');
  return rendered;
}

describe('order list', () => {
  it('shows the newest 15 orders first, from one request for page 1', async () => {
    const { root, view } = await renderMainList();
    const queries = listQueries(backend);
    expect(queries).toHaveLength(1);
    expect(queries[0]?.get('page')).toBe('1');
    expect(queries[0]?.get('per_page')).toBe('15');

    const expected = await rawList('page=1&per_page=15');
    expect(renderedOrderIds(root)).toEqual(expected.list.map((row) => row.orderId));
    expect(renderedOrderIds(root)).toHaveLength(15);
    const times = [...root.querySelectorAll('.order-rows time')].map((time) =>
      Date.parse(time.getAttribute('datetime') ?? ''),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));

    expect(view.getByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
    expect(view.getByRole('list', { name: 'Your orders' }).getAttribute('aria-busy')).toBe('false');
    expect(view.getByText('Updated just now')).toBeTruthy();
    expect(view.getByText('The store decides how far back your order history goes.')).toBeTruthy();
  });

  it('pages forward and back, moving focus to the list heading', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    const nav = view.getByRole('navigation', { name: 'Order pages' });
    const previous = within(nav).getByRole('button', { name: 'Previous page' }) as HTMLButtonElement;
    const next = within(nav).getByRole('button', { name: 'Next page' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    expect(normaliseSpaces(nav.textContent)).toContain('Page 1 of 4');

    await user.click(next);
    await within(nav).findByText('Page 2 of 4');
    expect(listQueries(backend).at(-1)?.get('page')).toBe('2');
    const page2 = await rawList('page=2&per_page=15');
    expect(renderedOrderIds(root)).toEqual(page2.list.map((row) => row.orderId));
    expect((root as unknown as ShadowRoot).activeElement).toBe(view.getByRole('heading', { level: 2 }));

    await user.click(next);
    await within(nav).findByText('Page 3 of 4');
    await user.click(next);
    await within(nav).findByText('Page 4 of 4');
    expect(next.disabled).toBe(true);
    expect(renderedOrderIds(root)).toHaveLength(15);

    await user.click(previous);
    await within(nav).findByText('Page 3 of 4');
    expect(listQueries(backend).map((query) => query.get('page'))).toEqual(['1', '2', '3', '4', '3']);
    const page3 = await rawList('page=3&per_page=15');
    expect(renderedOrderIds(root)).toEqual(page3.list.map((row) => row.orderId));
  });

  it('keeps the previous rows on screen while the next page loads, marked busy once it takes a while', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    const page1 = renderedOrderIds(root);
    // Slower than the list's grace (BUSY_AFTER_MS, 200 ms): a quicker page never shows busy (list-mutations.test.tsx).
    backend.faults.set('list', { kind: 'latency', ms: 1_500 }, { times: 1 });
    await user.click(view.getByRole('button', { name: 'Next page' }));
    const rows = view.getByRole('list', { name: 'Your orders' });
    await waitFor(() => expect(rows.getAttribute('aria-busy')).toBe('true'));
    expect(renderedOrderIds(root)).toEqual(page1);
    await view.findByText('Page 2 of 4', {}, { timeout: 5_000 });
    expect(view.getByRole('list', { name: 'Your orders' }).getAttribute('aria-busy')).toBe('false');
  });

  it('shows skeleton rows, hidden from assistive tech, until the first page arrives', async () => {
    // Slower than the first draw's wait (400 ms): a quicker store is drawn once, complete (list-mutations.test.tsx).
    backend.faults.set('list', { kind: 'latency', ms: 2_000 }, { times: 1 });
    signIn('main');
    const { root, view } = renderWidget({ locale: 'en' });
    const skeleton = await view.findByRole('list', { name: 'Loading your orders…' }, { timeout: 3_000 });
    expect(skeleton.getAttribute('aria-busy')).toBe('true');
    const placeholders = root.querySelectorAll('.order-row-skeleton');
    expect(placeholders.length).toBeGreaterThan(0);
    for (const placeholder of placeholders) expect(placeholder.getAttribute('aria-hidden')).toBe('true');
    expect(view.queryAllByRole('listitem')).toHaveLength(0);
    await view.findAllByRole('article', {}, { timeout: 5_000 });
    expect(root.querySelector('.order-row-skeleton')).toBeNull();
  });

  it('tells a shopper without orders that they have none, without filters or paging', async () => {
    signIn('empty');
    const { view } = renderWidget({ locale: 'en' });
    await view.findByText('You have no orders yet');
    expect(view.getByText('When you buy something, your order will appear here.')).toBeTruthy();
    expect(view.queryByRole('search')).toBeNull();
    expect(view.queryByRole('navigation')).toBeNull();
    expect(view.queryAllByRole('article')).toHaveLength(0);
  });

  it('shows the orders of one split purchase as related', async () => {
    const { view } = await renderMainList();
    const rows = (await rawList('page=1&per_page=15')).list;
    const groupOf = (orderId: string) => orderId.replace(/-\d+$/, '');
    const groups = new Map<string, number>();
    for (const row of rows) groups.set(groupOf(row.orderId), (groups.get(groupOf(row.orderId)) ?? 0) + 1);
    const split = [...groups].filter(([, size]) => size > 1).map(([group]) => group);
    expect(split.length).toBeGreaterThan(0);

    for (const row of rows) {
      const article = view.getByRole('article', { name: `Order ${row.orderId}` });
      const group = groupOf(row.orderId);
      const related = article.querySelector('.order-row-related');
      if (split.includes(group))
        expect(normaliseSpaces(related?.textContent)).toBe(`Part of purchase ${group}, with 1 other order`);
      else expect(related).toBeNull();
    }
  });

  it('opens an order from its number', async () => {
    const user = userEvent.setup();
    const { view } = await renderMainList();
    const first = (await rawList('page=1&per_page=15')).list[0]?.orderId ?? '';
    await user.click(view.getByRole('button', { name: `Order ${first}` }));
    await waitFor(() =>
      expect(backend.requests.some((request) => request.endpoint === 'detail' && request.orderId === first)).toBe(true),
    );
  });
});
