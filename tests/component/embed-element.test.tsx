/**
 * `<my-orders>` as a store writes it: every attribute (and the `reasons` property) has the
 * effect a store would see, attribute changes apply in place, and moving the element keeps
 * the shopper's place while removing it tears the widget down.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { cancelSection, inWindow, openDialog, requestsTo, sectionLines } from './cancel-helpers.ts';
import { pick, useSeedDetails } from './detail-helpers.ts';
import { listQueries, renderedOrderIds } from './list-support.ts';
import { useElements } from './support/element-harness.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn } = useMockBackend();
const { renderElement } = useElements();

const details = useSeedDetails(signIn);
beforeAll(() => {
  // Those reads are the test's own: start the request log afresh.
  backend.reset(1);
});

const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];

/** Opens an order through the element's own method and waits for its cancellation section. */
async function openOrderSection(
  element: HTMLElement & { open(id: string): void },
  view: ReturnType<typeof within>,
  orderId: string,
) {
  await view.findByRole('heading', { level: 2, name: 'Your orders' });
  element.open(orderId);
  await view.findByRole('heading', { level: 3, name: 'Cancellation' });
  return cancelSection(view);
}

describe('<my-orders> attributes', () => {
  it('page-size: asks for that many orders and shows them', async () => {
    signIn('main');
    const { root, view } = renderElement({ locale: 'en', 'page-size': '5' });
    await view.findAllByRole('article');
    expect(listQueries(backend).map((query) => query.get('per_page'))).toEqual(['5']);
    expect(renderedOrderIds(root)).toHaveLength(5);
  });

  it('locale: the widget speaks it', async () => {
    signIn('main');
    const { root, view } = renderElement({ locale: 'pt-BR' });
    expect(await view.findByRole('heading', { level: 2, name: 'Seus pedidos' })).toBeTruthy();
    expect(root.querySelector('.my-orders')?.getAttribute('lang')).toBe('pt-BR');
  });

  it('api-base: requests go through the store’s proxy path', async () => {
    signIn('main');
    // The store's proxy forwards to the same backend: only the path differs.
    server.use(http.get('/proxy/api/oms/user/orders', () => undefined));
    const { view } = renderElement({ locale: 'en', 'api-base': '/proxy/' });
    await view.findAllByRole('article');
    const paths = backend.requests.map((request) => new URL(request.url).pathname);
    expect(paths).toEqual(['/proxy/api/oms/user/orders']);
  });

  it('currency: amounts of orders that carry none are shown in the store’s currency', async () => {
    signIn('main');
    server.use(
      http.get('*/api/oms/user/orders', () =>
        HttpResponse.json({
          list: [
            {
              orderId: '1300000000001-01',
              creationDate: '2026-06-10T10:00:00Z',
              clientName: 'Ana',
              items: [
                {
                  seller: '1',
                  quantity: 1,
                  description: 'Mug',
                  id: '1',
                  productId: '1',
                  sellingPrice: 1250,
                  price: 1250,
                },
              ],
              totalValue: 1250,
              totalItems: 1,
              currencyCode: null,
              status: 'invoiced',
            },
          ],
          paging: { total: 1, pages: 1, currentPage: 1, perPage: 15 },
        }),
      ),
    );
    const { view } = renderElement({ locale: 'en', currency: 'EUR' });
    const row = await view.findByRole('article');
    expect(normaliseSpaces(row.querySelector('.order-row-money')?.textContent)).toContain('€12.50');
  });

  it('time-zone: list dates are the store’s calendar days', async () => {
    signIn('main');
    const east = renderElement({ locale: 'en', 'time-zone': 'Pacific/Kiritimati' });
    const west = renderElement({ locale: 'en', 'time-zone': 'Pacific/Pago_Pago' });
    await east.view.findAllByRole('article');
    await west.view.findAllByRole('article');
    const firstDate = (root: HTMLElement) => normaliseSpaces(root.querySelector('.order-rows time')?.textContent);
    // 25 hours apart: the same moment is never the same calendar day in both.
    expect(firstDate(east.root)).not.toBe(firstDate(west.root));
    expect(firstDate(east.root)).not.toBe('');
  });

  it('login-url: a signed-out shopper gets a sign-in link that comes back here', async () => {
    const { view } = renderElement({ locale: 'en', 'login-url': '/account/login' });
    const link = await view.findByRole('link', { name: 'Sign in' });
    expect(link.getAttribute('href')).toBe(
      `${location.origin}/account/login?returnUrl=${encodeURIComponent(location.href)}`,
    );
  });

  it('cart-url: "Buy again" adds to the store’s cart', async () => {
    const order = pick(details, (o) => o.status === 'invoiced' && (o.items ?? []).length > 0, 'is invoiced with items');
    signIn('main');
    const { element, view } = renderElement({ locale: 'en', 'cart-url': '/shop/cart/add' });
    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    element.open(order.orderId);
    const link = await view.findByRole('link', { name: 'Buy again' });
    expect(new URL(link.getAttribute('href') ?? '').pathname).toBe('/shop/cart/add');
  });

  it('cancellation="off": no order offers to cancel, and the section says the store turned it off', async () => {
    const order = pick(details, inWindow, 'is inside the grace window');
    signIn('main');
    const { element, view } = renderElement({ locale: 'en', cancellation: 'off' });
    const section = await openOrderSection(element, view, order.orderId);
    expect(sectionLines(view)[0]).toBe('This store does not offer cancellation here.');
    expect(within(section).queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('grace-period-minutes: the immediate-cancel window follows the store’s setting', async () => {
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'BRL',
      'is inside the window, in BRL',
    );
    signIn('main');
    // The default 30 minutes leave 25 (see cancel-flow); 60 leave 55.
    const { element, view } = renderElement({ locale: 'en', 'grace-period-minutes': '60' });
    await openOrderSection(element, view, order.orderId);
    expect(sectionLines(view)[0]).toBe('55 minutes left to cancel right away; then the store must approve.');
  });

  it('contact-url, change-order-url and returns-url: the ways forward when an order cannot be canceled', async () => {
    const order = pick(
      details,
      (o) => o.status === 'handling' && packagesOf(o).length > 0 && o.allowCancellation !== true,
      'is partially invoiced',
    );
    signIn('main');
    const { element, view } = renderElement({
      locale: 'en',
      'contact-url': '/help?order={orderId}',
      'change-order-url': 'https://store.example.com/orders/{orderId}/change',
      'returns-url': '/returns/new?order={orderId}',
    });
    const section = await openOrderSection(element, view, order.orderId);
    const links = within(section)
      .getAllByRole('link')
      .map((link) => [normaliseSpaces(link.textContent), link.getAttribute('href')]);
    const id = encodeURIComponent(order.orderId);
    expect(links).toEqual([
      ['Change this order', `https://store.example.com/orders/${id}/change`],
      ['Start a return', `${location.origin}/returns/new?order=${id}`],
      ['Contact the store', `${location.origin}/help?order=${id}`],
    ]);
  });

  it('the reasons property: the store’s reasons in the dialog, then "Other"', async () => {
    const order = pick(details, inWindow, 'is inside the grace window');
    signIn('main');
    const user = userEvent.setup();
    const { element, view } = renderElement({ locale: 'en' }, (created) => {
      created.reasons = ['Found it cheaper', 'Wrong size'];
    });
    await openOrderSection(element, view, order.orderId);
    const dialog = await openDialog(view, user);
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent?.trim()),
    ).toEqual(['Found it cheaper', 'Wrong size', 'Other']);
    expect(element.reasons).toEqual(['Found it cheaper', 'Wrong size']);
  });

  it('theme: the root’s data-theme and color-scheme; auto when absent', async () => {
    signIn('main');
    const { element, root, view } = renderElement({ locale: 'en' });
    await view.findAllByRole('article');
    const widgetRoot = () => root.querySelector<HTMLElement>('.my-orders');
    expect(widgetRoot()?.dataset.theme).toBe('auto');
    expect(getComputedStyle(widgetRoot() as HTMLElement).getPropertyValue('color-scheme')).toBe('light dark');
    const requests = backend.requests.length;

    element.setAttribute('theme', 'dark');
    await waitFor(() => expect(widgetRoot()?.dataset.theme).toBe('dark'));
    expect(getComputedStyle(widgetRoot() as HTMLElement).getPropertyValue('color-scheme')).toBe('dark');
    element.setAttribute('theme', 'light');
    await waitFor(() => expect(widgetRoot()?.dataset.theme).toBe('light'));
    expect(getComputedStyle(widgetRoot() as HTMLElement).getPropertyValue('color-scheme')).toBe('light');
    // A new look is not a new request.
    expect(backend.requests.length).toBe(requests);
  });
});

describe('<my-orders> changes in place', () => {
  it('page-size and api-base changed together: one new request, with both', async () => {
    signIn('main');
    const { element, root, view } = renderElement({ locale: 'en' });
    await view.findAllByRole('article');
    element.setAttribute('page-size', '5');
    element.setAttribute('api-base', '/proxy/');
    await waitFor(() => expect(renderedOrderIds(root)).toHaveLength(5));
    const lists = backend.requests
      .filter((request) => request.endpoint === 'list')
      .map((request) => new URL(request.url));
    expect(lists.map((url) => `${url.pathname}?per_page=${url.searchParams.get('per_page')}`)).toEqual([
      '/api/oms/user/orders?per_page=15',
      '/proxy/api/oms/user/orders?per_page=5',
    ]);
  });

  it('locale changed: same page, same open order, no request', async () => {
    const user = userEvent.setup();
    signIn('main');
    const { element, root, view } = renderElement({ locale: 'en' });
    await view.findAllByRole('article');
    await user.click(view.getByRole('button', { name: 'Next page' }));
    await view.findByText('Page 2 of 4');
    const secondPage = listQueries(backend).at(-1);
    const orderId = renderedOrderIds(root)[0] ?? '';
    element.open(orderId);
    await view.findByRole('heading', { level: 2, name: `Order ${orderId}` });
    await waitFor(() => expect(root.querySelector('.detail-body')).not.toBeNull());
    const requests = backend.requests.length;

    element.setAttribute('locale', 'es');
    expect(await view.findByRole('heading', { level: 2, name: `Pedido ${orderId}` })).toBeTruthy();
    expect(view.getByRole('button', { name: 'Volver a los pedidos' })).toBeTruthy();
    element.close();
    expect(await view.findByText('Página 2 de 4')).toBeTruthy();
    expect(backend.requests.length).toBe(requests);
    expect(secondPage?.get('page')).toBe('2');
  });

  it('cancellation turned off on an open order: the same order, now without the offer', async () => {
    const order = pick(details, inWindow, 'is inside the grace window');
    signIn('main');
    const { element, view } = renderElement({ locale: 'en' });
    const section = await openOrderSection(element, view, order.orderId);
    expect(within(section).getByRole('button', { name: 'Cancel order' })).toBeTruthy();
    element.setAttribute('cancellation', 'off');
    await waitFor(() => expect(sectionLines(view)[0]).toBe('This store does not offer cancellation here.'));
    expect(view.getByRole('heading', { level: 2, name: `Order ${order.orderId}` })).toBeTruthy();
    expect(requestsTo(backend, 'user-cancel-request')).toHaveLength(0);
  });
});

describe('<my-orders> in the page', () => {
  it('moved to another place in the page: the same widget, the shopper’s place kept', async () => {
    const user = userEvent.setup();
    signIn('main');
    const { element, root, view } = renderElement({ locale: 'en' });
    await view.findAllByRole('article');
    await user.click(view.getByRole('button', { name: 'Next page' }));
    await view.findByText('Page 2 of 4');
    const rows = renderedOrderIds(root);
    const requests = backend.requests.length;

    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await Promise.resolve();
    await Promise.resolve();
    expect(view.getByText('Page 2 of 4')).toBeTruthy();
    expect(renderedOrderIds(root)).toEqual(rows);
    expect(backend.requests.length).toBe(requests);
    elsewhere.remove();
  });

  it('removed: the widget is torn down and its shadow root left empty', async () => {
    signIn('main');
    const { element, view } = renderElement({ locale: 'en' });
    await view.findAllByRole('article');
    element.remove();
    await waitFor(() => expect(element.shadowRoot?.childNodes.length).toBe(0));
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(0);

    // Put back: a fresh widget in the same shadow root.
    document.body.append(element);
    expect(await within(element.shadowRoot as unknown as HTMLElement).findAllByRole('article')).not.toHaveLength(0);
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
  });

  it('reads its nonce from the .nonce property for the <style> fallback', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    // A browser without constructed stylesheets.
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    try {
      signIn('main');
      const { element } = renderElement({ locale: 'en' }, (created) => {
        (created as { nonce?: string }).nonce = 'r4nd0m';
      });
      const style = element.shadowRoot?.querySelector('style');
      expect(style?.getAttribute('nonce')).toBe('r4nd0m');
      element.destroy();
      expect(element.shadowRoot?.querySelector('style')).toBeNull();
    } finally {
      if (descriptor) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', descriptor);
    }
  });
});
