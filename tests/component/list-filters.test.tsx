/**
 * The list filters against the mock backend over MSW: status group, date range, text, clearing,
 * no results, a failed search, and the local fallback for stores that ignore the filters.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { listQueries, rawList, renderedOrderIds } from './list-support.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn, renderWidget } = useMockBackend();

async function renderMainList() {
  signIn('main');
  const rendered = renderWidget({ locale: 'en' });
  await rendered.view.findAllByRole('article');
  return rendered;
}

describe('order list filters', () => {
  it('filters by status group: sends every status of the group and shows only that stage', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    await user.selectOptions(view.getByLabelText('Status'), 'Canceled');
    await user.click(view.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(listQueries(backend)).toHaveLength(2));
    const query = listQueries(backend)[1];
    expect(query?.getAll('status').sort()).toEqual(['canceled', 'cancelled']);
    expect(query?.get('page')).toBe('1');

    // The rows on screen stay until the filtered page is here.
    const expected = await rawList('page=1&per_page=15&status=canceled&status=cancelled');
    await waitFor(() => expect(renderedOrderIds(root)).toEqual(expected.list.map((row) => row.orderId)));
    const badges = view
      .getAllByRole('article')
      .map((article) => normaliseSpaces(article.querySelector('.status-badge')?.textContent));
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Canceled']));
    expect(badges).toHaveLength(expected.list.length);
  });

  it('filters by a date range: sends creation_date and shows only orders inside it', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    await user.type(view.getByLabelText('Placed from'), '2026-06-01');
    await user.type(view.getByLabelText('Placed until'), '2026-06-10');
    await user.click(view.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(listQueries(backend)).toHaveLength(2));
    const from = new Date(2026, 5, 1);
    const to = new Date(2026, 5, 10, 23, 59, 59, 999);
    expect(listQueries(backend)[1]?.get('creation_date')).toBe(
      `creationDate:[${from.toISOString()} TO ${to.toISOString()}]`,
    );

    // The rows on screen stay until the filtered page is here.
    const expected = await rawList(listQueries(backend)[1]?.toString() ?? '');
    await waitFor(() => expect(renderedOrderIds(root)).toEqual(expected.list.map((row) => row.orderId)));
    const times = [...root.querySelectorAll('.order-rows time')].map((time) =>
      Date.parse(time.getAttribute('datetime') ?? ''),
    );
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(from.getTime());
      expect(time).toBeLessThanOrEqual(to.getTime());
    }
  });

  it('searches by order number with Enter', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    const wanted = (await rawList('page=2&per_page=15')).list[3]?.orderId ?? '';
    expect(wanted).not.toBe('');
    await user.type(view.getByLabelText('Order number or product'), `${wanted}{Enter}`);
    await waitFor(() => expect(renderedOrderIds(root)).toEqual([wanted]));
    expect(listQueries(backend).at(-1)?.get('text')).toBe(wanted);
  });

  it('searches by product name and clears the filters again', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    const page1 = renderedOrderIds(root);
    await user.type(view.getByLabelText('Order number or product'), 'Dom Casmurro');
    await user.click(view.getByRole('button', { name: 'Search' }));
    const expected = (await rawList(`page=1&per_page=15&text=${encodeURIComponent('Dom Casmurro')}`)).list.map(
      (row) => row.orderId,
    );
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(renderedOrderIds(root)).toEqual(expected));
    expect(listQueries(backend).at(-1)?.get('text')).toBe('Dom Casmurro');
    // Rows whose list entry carries item names show the match (VTEX may send `items: null`).
    const named = view
      .getAllByRole('article')
      .filter((article) => !article.textContent?.includes('Item details are in the order'));
    expect(named.length).toBeGreaterThan(0);
    for (const article of named) expect(article.textContent).toContain('Dom Casmurro');

    await user.click(view.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(renderedOrderIds(root)).toEqual(page1));
    const cleared = listQueries(backend).at(-1);
    expect([...(cleared?.keys() ?? [])].sort()).toEqual(['page', 'per_page']);
    expect((view.getByLabelText('Order number or product') as HTMLInputElement).value).toBe('');
    expect(view.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('says so when no order matches, and clears the filters from there', async () => {
    const user = userEvent.setup();
    const { root, view } = await renderMainList();
    await user.type(view.getByLabelText('Order number or product'), 'no such thing anywhere{Enter}');
    await view.findByText('No orders match these filters');
    expect(view.getByText('Try another status, date range or search.')).toBeTruthy();
    expect(view.queryAllByRole('article')).toHaveLength(0);
    expect(view.queryByRole('navigation')).toBeNull();

    const emptyState = root.querySelector('.empty-state') as HTMLElement;
    backend.faults.set('list', { kind: 'latency', ms: 150 }, { times: 1 });
    await user.click(within(emptyState).getByRole('button', { name: 'Clear filters' }));
    // While the unfiltered page loads, the empty result of the old query is not taken for "no orders".
    expect(view.queryByText('You have no orders yet')).toBeNull();
    expect(view.getByRole('search')).toBeTruthy();
    expect(view.getByRole('list', { name: 'Loading your orders…' }).getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(renderedOrderIds(root)).toHaveLength(15));
    expect((root as unknown as ShadowRoot).activeElement).toBe(view.getByRole('heading', { level: 2 }));
  });

  it('filters loaded rows itself, and says so, when the store ignores the filters', async () => {
    const user = userEvent.setup();
    signIn('main');
    const unfiltered = await rawList('page=1&per_page=15');
    server.use(http.get('*/api/oms/user/orders', () => HttpResponse.json(unfiltered)));
    const { root, view } = renderWidget({ locale: 'en' });
    await view.findAllByRole('article');
    const note = 'This store only searches the orders already loaded, so results may be incomplete.';
    expect(view.queryByText(note)).toBeNull();

    await user.selectOptions(view.getByLabelText('Status'), 'Canceled');
    await user.click(view.getByRole('button', { name: 'Search' }));
    await view.findByText(note);
    const canceled = unfiltered.list.filter((row) => row.status === 'canceled').map((row) => row.orderId);
    const notCanceled = unfiltered.list.filter((row) => row.status !== 'canceled').map((row) => row.orderId);
    expect(notCanceled.length).toBeGreaterThan(0);
    expect(renderedOrderIds(root)).toEqual(canceled);
  });

  it('keeps what the shopper typed when the search fails', async () => {
    const user = userEvent.setup();
    const { view } = await renderMainList();
    backend.faults.set('list', { kind: 'status', status: 400 }, { times: 1 });
    await user.type(view.getByLabelText('Order number or product'), 'Smartwatch{Enter}');
    await view.findByRole('alert');
    expect((view.getByLabelText('Order number or product') as HTMLInputElement).value).toBe('Smartwatch');
    expect(view.getAllByRole('article').length).toBeGreaterThan(0);
  });
});
