/**
 * `mount(element, options)` as a store's own code calls it: the handle's `update()`, `open()`
 * and `close()`, the events of the widget's life with their details, two instances on one
 * page, and the host guard against a store's hostile CSS.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { mount } from '../../src/index.ts';
import { requestsTo } from './cancel-helpers.ts';
import { listQueries, renderedOrderIds } from './list-support.ts';
import { recordHostEvents } from './support/element-harness.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

beforeAll(() => {
  backend.reset(1);
});

const detailBody = (root: HTMLElement) => root.querySelector('.detail-body');

async function mainListOnPage2() {
  signIn('main');
  const user = userEvent.setup();
  const rendered = renderWidget({ locale: 'en' });
  await rendered.view.findAllByRole('article');
  await user.click(rendered.view.getByRole('button', { name: 'Next page' }));
  await rendered.view.findByText('Page 2 of 4');
  return { ...rendered, user };
}

describe('update()', () => {
  it('pageSize: one new request with the new size, from page 1', async () => {
    const { handle, root, view } = await mainListOnPage2();
    handle.update({ pageSize: 5 });
    await view.findByText('Page 1 of 12');
    expect(renderedOrderIds(root)).toHaveLength(5);
    expect(listQueries(backend).map((query) => `${query.get('page')}/${query.get('per_page')}`)).toEqual([
      '1/15',
      '2/15',
      '1/5',
    ]);
  });

  it('apiBase: the list page and the open order are read again through the new base, and stay', async () => {
    const { handle, root, view } = await mainListOnPage2();
    // Mid-page: the page shows its whole purchase, so no purchase search joins the reads counted here.
    const orderId = renderedOrderIds(root)[3] ?? '';
    handle.open(orderId);
    await waitFor(() => expect(detailBody(root)).not.toBeNull());
    const before = backend.requests.length;

    handle.update({ apiBase: '/proxy/' });
    await waitFor(() => expect(backend.requests.length).toBe(before + 2));
    const moved = backend.requests.slice(before).map((request) => {
      const url = new URL(request.url);
      return `${url.pathname}${url.searchParams.has('page') ? `?page=${url.searchParams.get('page')}` : ''}`;
    });
    expect(moved.sort()).toEqual([`/proxy/api/oms/user/orders/${orderId}`, '/proxy/api/oms/user/orders?page=2'].sort());
    await waitFor(() => expect(root.querySelector('.order-detail')?.getAttribute('aria-busy')).toBe('false'));
    expect(view.getByRole('heading', { level: 2, name: `Order ${orderId}` })).toBeTruthy();
    expect(detailBody(root)).not.toBeNull();

    handle.close();
    expect(await view.findByText('Page 2 of 4')).toBeTruthy();
  });

  it('locale and messages: the same screen in other words, without a request', async () => {
    const { handle, view } = await mainListOnPage2();
    const before = backend.requests.length;
    handle.update({ locale: 'pt-BR', messages: { 'list.heading': 'Minhas compras' } });
    expect(await view.findByRole('heading', { level: 2, name: 'Minhas compras' })).toBeTruthy();
    expect(view.getByText('Página 2 de 4')).toBeTruthy();
    expect(backend.requests.length).toBe(before);
  });

  it('theme: the root’s data-theme and color-scheme follow it', async () => {
    signIn('main');
    const { handle, root, view } = renderWidget({ locale: 'en', theme: 'dark' });
    await view.findAllByRole('article');
    const widgetRoot = root.querySelector('.my-orders') as HTMLElement;
    expect(widgetRoot.dataset.theme).toBe('dark');
    expect(getComputedStyle(widgetRoot).getPropertyValue('color-scheme')).toBe('dark');
    handle.update({ theme: 'auto' });
    expect(widgetRoot.dataset.theme).toBe('auto');
    expect(getComputedStyle(widgetRoot).getPropertyValue('color-scheme')).toBe('light dark');
    handle.update({ theme: 'light' });
    expect(getComputedStyle(widgetRoot).getPropertyValue('color-scheme')).toBe('light');
  });
});

describe('open() and close()', () => {
  it('open shows the order and close returns to the list as it was', async () => {
    const { handle, root, view } = await mainListOnPage2();
    const rows = renderedOrderIds(root);
    const lists = listQueries(backend).length;
    const orderId = rows[3] ?? '';
    handle.open(orderId);
    expect(await view.findByRole('heading', { level: 2, name: `Order ${orderId}` })).toBeTruthy();
    await waitFor(() => expect(requestsTo(backend, 'detail').map((request) => request.orderId)).toEqual([orderId]));
    handle.close();
    await view.findByText('Page 2 of 4');
    expect(renderedOrderIds(root)).toEqual(rows);
    expect(listQueries(backend)).toHaveLength(lists);
  });
});

describe('events', () => {
  it('ready once, navigate on every move, with their details', async () => {
    signIn('main');
    const user = userEvent.setup();
    const host = document.createElement('div');
    document.body.append(host);
    const events = recordHostEvents(host);
    const handle = mount(host, { locale: 'en' });
    const view = within(host.shadowRoot as unknown as HTMLElement);
    try {
      await view.findAllByRole('article');
      await waitFor(() => expect(events).toEqual([{ type: 'my-orders:ready', detail: {} }]));
      const [first, second] = renderedOrderIds(host.shadowRoot as unknown as HTMLElement);
      await user.click(view.getByRole('button', { name: `Order ${first}` }));
      await user.click(await view.findByRole('button', { name: 'Back to orders' }));
      handle.open(second ?? '');
      handle.close();
      await user.click(await view.findByRole('button', { name: 'Next page' }));
      await view.findByText('Page 2 of 4');
      expect(events.slice(1)).toEqual([
        { type: 'my-orders:navigate', detail: { view: 'order', orderId: first } },
        { type: 'my-orders:navigate', detail: { view: 'list' } },
        { type: 'my-orders:navigate', detail: { view: 'order', orderId: second } },
        { type: 'my-orders:navigate', detail: { view: 'list' } },
      ]);
    } finally {
      handle.destroy();
      host.remove();
    }
  });

  it('error for a failed list (then ready), and for a failed order with its id', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const events = recordHostEvents(host);
    let bubbled = 0;
    const onBubble = () => (bubbled += 1);
    document.addEventListener('my-orders:error', onBubble);
    // Signed out: the list answers 401.
    const handle = mount(host, { locale: 'en' });
    try {
      await waitFor(() => expect(events.map((event) => event.type)).toContain('my-orders:ready'));
      expect(events).toEqual([
        { type: 'my-orders:error', detail: { code: 'unauthorized' } },
        { type: 'my-orders:ready', detail: {} },
      ]);
      signIn('main');
      handle.open('1999999999999-01');
      await waitFor(() => expect(events).toHaveLength(4));
      expect(events.slice(2)).toEqual([
        { type: 'my-orders:navigate', detail: { view: 'order', orderId: '1999999999999-01' } },
        { type: 'my-orders:error', detail: { code: 'not-found', orderId: '1999999999999-01' } },
      ]);
      expect(bubbled).toBe(2);
    } finally {
      document.removeEventListener('my-orders:error', onBubble);
      handle.destroy();
      host.remove();
    }
  });
});

describe('several instances', () => {
  it('two widgets in two languages on one page share nothing', async () => {
    signIn('main');
    const user = userEvent.setup();
    const english = renderWidget({ locale: 'en', pageSize: 5 });
    const portuguese = renderWidget({ locale: 'pt-BR', pageSize: 10 });
    const englishEvents = recordHostEvents(english.host);
    const portugueseEvents = recordHostEvents(portuguese.host);
    await english.view.findByText('Page 1 of 12');
    await portuguese.view.findByText('Página 1 de 6');

    await user.click(english.view.getByRole('button', { name: 'Next page' }));
    await english.view.findByText('Page 2 of 12');
    const orderId = portuguese.root.querySelector<HTMLElement>('.order-row-open')?.dataset.orderId ?? '';
    await user.click(portuguese.view.getByRole('button', { name: `Pedido ${orderId}` }));
    await portuguese.view.findByRole('heading', { level: 2, name: `Pedido ${orderId}` });

    expect(english.view.getByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
    expect(renderedOrderIds(english.root)).toHaveLength(5);
    expect(portuguese.view.queryByText(/Page|Página 2/)).toBeNull();
    const ready = { type: 'my-orders:ready', detail: {} };
    expect(englishEvents).toEqual([ready]);
    expect(portugueseEvents).toEqual([ready, { type: 'my-orders:navigate', detail: { view: 'order', orderId } }]);

    english.handle.destroy();
    expect(portuguese.view.getByRole('heading', { level: 2, name: `Pedido ${orderId}` })).toBeTruthy();
    // Its own two sheets stay: the widget's and the order view's.
    expect(portuguese.host.shadowRoot?.adoptedStyleSheets).toHaveLength(2);
  });

  it('a second mount on the same element is refused until the first is destroyed', async () => {
    const { host, handle } = renderWidget({ locale: 'en' });
    expect(() => mount(host, { locale: 'es' })).toThrow(/already has a widget/);
    handle.destroy();
    const again = mount(host, { locale: 'es' });
    expect(
      await within(host.shadowRoot as unknown as HTMLElement).findByRole('heading', { level: 2, name: 'Tus pedidos' }),
    ).toBeTruthy();
    again.destroy();
  });
});

describe('the host guard', () => {
  // happy-dom does not expand `all`: the rest of the guard (`all: initial`) is proven in Chromium.
  it('a store’s !important rule on every element does not change how the host is laid out', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { display: inline !important; }';
    document.head.append(hostile);
    try {
      const { host } = renderWidget({ locale: 'en' });
      const style = getComputedStyle(host);
      expect(style.display).toBe('block');
      host.hidden = true;
      expect(getComputedStyle(host).display).toBe('none');
    } finally {
      hostile.remove();
    }
  });
});
