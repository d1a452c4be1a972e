/**
 * Deep links: the open order and the list's page and filters in the page URL's hash under a
 * prefix, so an e-mail link opens the right order and back and forward move through the
 * widget. Hashes are untrusted: bad parts are dropped; hashes of other owners are left alone.
 */

import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/embed/deep-link/hash.ts';
import { DEFAULT_DEEP_LINK_PREFIX, deepLinkPrefix } from '../../src/embed/deep-link/prefix.ts';
import { NO_FILTERS } from '../../src/state/list-model.ts';
import { requestsTo } from './cancel-helpers.ts';
import { pick, useSeedDetails } from './detail-helpers.ts';
import { listQueries, rawList, renderedOrderIds } from './list-support.ts';
import { recordHostEvents, useElements } from './support/element-harness.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();
const { renderElement } = useElements();

const details = useSeedDetails(signIn);
beforeAll(() => {
  backend.reset(1);
});

const startUrl = (hash = '') => history.replaceState(null, '', `/account/orders${hash}`);
beforeEach(() => startUrl());
afterEach(() => startUrl());

describe('reading a hash (untrusted)', () => {
  const prefix = DEFAULT_DEEP_LINK_PREFIX;

  it('names an order or the list’s page and filters', () => {
    expect(parseHash('#my-orders/order/1234567890123-01', prefix)).toEqual({ orderId: '1234567890123-01' });
    expect(parseHash('#my-orders/list?page=3&stage=canceled&q=blue+mug&from=2026-01-01&to=2026-02-28', prefix)).toEqual(
      {
        orderId: null,
        list: { page: 3, filters: { stage: 'canceled', text: 'blue mug', from: '2026-01-01', to: '2026-02-28' } },
      },
    );
  });

  it('drops what is not valid, keeping the rest', () => {
    expect(parseHash('#my-orders/list?page=-2&stage=<b>&q=%00shoes&from=2026-02-30&to=2026-03-01', prefix)).toEqual({
      orderId: null,
      list: { page: 1, filters: { stage: null, text: 'shoes', from: null, to: '2026-03-01' } },
    });
    expect(parseHash(`#my-orders/list?page=99999999&q=${'x'.repeat(500)}`, prefix)).toEqual({
      orderId: null,
      list: { page: 1, filters: NO_FILTERS },
    });
    for (const bad of [
      '#my-orders/order/%E0%A4%A',
      '#my-orders/order/<img src=x>',
      '#my-orders/order/',
      '#my-orders/order/a b',
      '#my-orders/elsewhere',
    ]) {
      expect(parseHash(bad, prefix), bad).toEqual({ orderId: null, list: { page: 1, filters: NO_FILTERS } });
    }
  });

  it('is not ours without the prefix', () => {
    for (const foreign of ['', '#', '#/orders', '#my-orders', '#other/order/1-01'])
      expect(parseHash(foreign, prefix), foreign).toBeNull();
  });

  it('writes back what it reads', () => {
    const place = {
      orderId: null,
      page: 2,
      filters: { stage: 'shipped' as const, text: 'café & co', from: '2026-05-01', to: null },
    };
    const hash = formatHash(prefix, place);
    expect(hash).toBe('#my-orders/list?page=2&stage=shipped&q=caf%C3%A9+%26+co&from=2026-05-01');
    expect(parseHash(hash, prefix)).toEqual({ orderId: null, list: { page: 2, filters: place.filters } });
    expect(formatHash('#shop/', { ...place, orderId: 'A/B-01' })).toBe('#shop/order/A%2FB-01');
  });

  it('takes a prefix from the option or attribute', () => {
    expect([true, '', 'true', 'on'].map(deepLinkPrefix)).toEqual(Array(4).fill(DEFAULT_DEEP_LINK_PREFIX));
    expect([undefined, false, 'off', 'false'].map(deepLinkPrefix)).toEqual([null, null, null, null]);
    expect(deepLinkPrefix('orders-widget/')).toBe('#orders-widget/');
    expect(deepLinkPrefix('#a b')).toBe(DEFAULT_DEEP_LINK_PREFIX);
  });
});

describe('deep links in the page', () => {
  it('an e-mail link opens that order (and the list is loaded behind it)', async () => {
    const order = pick(details, (o) => o.status === 'invoiced', 'is invoiced');
    startUrl(`#my-orders/order/${order.orderId}`);
    signIn('main');
    const { view } = renderElement({ locale: 'en', 'deep-link': '' });
    expect(await view.findByRole('heading', { level: 2, name: `Order ${order.orderId}` })).toBeTruthy();
    await waitFor(() =>
      expect(requestsTo(backend, 'detail').map((request) => request.orderId)).toEqual([order.orderId]),
    );
    expect(location.hash).toBe(`#my-orders/order/${order.orderId}`);
  });

  it('a list link applies its page and filters in the first request', async () => {
    startUrl('#my-orders/list?page=2&stage=canceled');
    signIn('main');
    const { element, view } = renderElement({ locale: 'en', 'deep-link': '' });
    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    await waitFor(() => expect(listQueries(backend)).toHaveLength(1));
    const query = listQueries(backend)[0];
    expect(query?.get('page')).toBe('2');
    expect(query?.getAll('status')).toContain('canceled');
    expect((element.shadowRoot?.querySelector('.order-filters select') as HTMLSelectElement | null)?.value).toBe(
      'canceled',
    );
  });

  it('round trip: filters and an order go into history, back and forward follow it', async () => {
    signIn('main');
    const user = userEvent.setup();
    const { element, root, view } = renderElement({ locale: 'en', 'deep-link': '' });
    const events = recordHostEvents(element);
    await view.findAllByRole('article');
    const entries = history.length;
    expect(location.hash).toBe('');

    await user.selectOptions(view.getByRole('combobox', { name: 'Status' }), 'canceled');
    await user.click(view.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(location.hash).toBe('#my-orders/list?stage=canceled'));
    expect(history.length).toBe(entries + 1);
    // The rows on screen stay until the canceled ones are here.
    const canceled = (await rawList(listQueries(backend).at(-1)?.toString() ?? '')).list.map((row) => row.orderId);
    await waitFor(() => expect(renderedOrderIds(root)).toEqual(canceled));
    const canceledRows = renderedOrderIds(root);
    const orderId = canceledRows[0] ?? '';

    await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
    expect(location.hash).toBe(`#my-orders/order/${orderId}`);
    expect(history.length).toBe(entries + 2);
    const lists = listQueries(backend).length;

    history.back();
    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    expect(location.hash).toBe('#my-orders/list?stage=canceled');
    expect((root.querySelector('.order-filters select') as HTMLSelectElement).value).toBe('canceled');
    expect(renderedOrderIds(root)).toEqual(canceledRows);
    expect(listQueries(backend)).toHaveLength(lists);

    history.forward();
    expect(await view.findByRole('heading', { level: 2, name: `Order ${orderId}` })).toBeTruthy();

    // Back past the widget's first entry: the page as it was, the list without filters.
    history.go(-2);
    await waitFor(() => expect(location.hash).toBe(''));
    await waitFor(() =>
      expect((root.querySelector('.order-filters select') as HTMLSelectElement | null)?.value).toBe(''),
    );
    expect(events.filter((event) => event.type === 'my-orders:navigate').map((event) => event.detail)).toEqual([
      { view: 'order', orderId },
      { view: 'list' },
      { view: 'order', orderId },
      { view: 'list' },
    ]);
  });

  it('a link on the host page changes the hash: the widget follows', async () => {
    const order = pick(details, (o) => o.status === 'canceled', 'is canceled');
    signIn('main');
    const { view } = renderElement({ locale: 'en', 'deep-link': 'shop-orders/' });
    await view.findAllByRole('article');
    location.hash = `#shop-orders/order/${order.orderId}`;
    expect(await view.findByRole('heading', { level: 2, name: `Order ${order.orderId}` })).toBeTruthy();
  });

  it('leaves a hash it does not own alone, and the widget where it is', async () => {
    startUrl('#/orders');
    signIn('main');
    const user = userEvent.setup();
    const { root, view } = renderWidget({ locale: 'en', deepLink: true });
    await view.findAllByRole('article');
    expect(location.hash).toBe('#/orders');

    // Opening an order adds an entry after the store's own; back returns to it, untouched.
    const orderId = renderedOrderIds(root)[0] ?? '';
    await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
    expect(location.hash).toBe(`#my-orders/order/${orderId}`);
    history.back();
    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    expect(location.hash).toBe('#/orders');

    // The store's router moves on: nothing happens in the widget. This listener comes after the
    // widget's (added at mount), so when it runs the widget has already reacted, if at all.
    const requests = backend.requests.length;
    const hashChanged = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#/profile';
    await hashChanged;
    expect(location.hash).toBe('#/profile');
    // A request the shopper causes next queues behind any the hash change had started, so once it
    // has been answered, it must be the only one.
    await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
    await view.findByRole('heading', { level: 3, name: 'Items' });
    expect(backend.requests.slice(requests).map((request) => [request.endpoint, request.orderId])).toEqual([
      ['detail', orderId],
    ]);
  });

  it('without deep links the URL is never touched', async () => {
    signIn('main');
    const user = userEvent.setup();
    const { root, view } = renderWidget({ locale: 'en' });
    await view.findAllByRole('article');
    const entries = history.length;
    await user.click(view.getByRole('button', { name: `Order ${renderedOrderIds(root)[0]}` }));
    await view.findByRole('button', { name: 'Back to orders' });
    expect(location.hash).toBe('');
    expect(history.length).toBe(entries);
  });
});
