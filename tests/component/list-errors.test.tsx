/**
 * The list when things go wrong: no session, a failing server, a garbled answer, and a store
 * whose data carries markup. The client retries GETs twice with backoff, so the server-error
 * case runs under fake timers instead of waiting for the backoff.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn, renderWidget } = useMockBackend();

function listRequestCount(): number {
  return backend.requests.filter((request) => request.endpoint === 'list').length;
}

describe('order list errors', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks a signed-out shopper to sign in, with a link back to this page', async () => {
    signIn(null);
    const { view } = renderWidget({ locale: 'en', loginUrl: '/login' });
    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.querySelector('.error-title')?.textContent)).toBe('Please sign in');
    expect(normaliseSpaces(alert.querySelector('.error-body')?.textContent)).toBe(
      'Your session has ended. Sign in to see your orders.',
    );
    const link = within(alert).getByRole('link', { name: 'Sign in' });
    expect(link.getAttribute('href')).toBe(`${location.origin}/login?returnUrl=${encodeURIComponent(location.href)}`);
    expect(view.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(view.queryByRole('search')).toBeNull();
    expect(listRequestCount()).toBe(1);
  });

  it('shows a server error once the retries are spent, and loads on Try again', async () => {
    vi.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    backend.faults.set('list', { kind: 'status', status: 500 }, { times: 3 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(view.getByRole('alert').textContent).toContain('Something went wrong at the store');
    // One attempt and the client's two retries.
    expect(listRequestCount()).toBe(3);
    expect(view.queryAllByRole('article')).toHaveLength(0);

    await user.click(view.getByRole('button', { name: 'Try again' }));
    await vi.advanceTimersByTimeAsync(100);
    expect(view.getAllByRole('article')).toHaveLength(15);
    expect(view.queryByRole('alert')).toBeNull();
    expect(listRequestCount()).toBe(4);
  });

  it('a 404 on the list speaks of the order history, not of one order, and offers Try again', async () => {
    const user = userEvent.setup();
    backend.faults.set('list', { kind: 'status', status: 404 }, { times: 1 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.querySelector('.error-title')?.textContent)).toBe(
      'Your order history is not available',
    );
    expect(normaliseSpaces(alert.querySelector('.error-body')?.textContent)).toBe(
      'The store did not find it just now. Try again; if it keeps happening, contact the store.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await view.findAllByRole('article')).toHaveLength(15);
    expect(listRequestCount()).toBe(2);
  });

  it('Retry-After: says when to try again, and Try again waits until then', async () => {
    vi.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    backend.faults.set('list', { kind: 'status', status: 429, retryAfterSeconds: 120 }, { times: 1 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await vi.advanceTimersByTimeAsync(1_000);
    const alert = view.getByRole('alert');
    expect(normaliseSpaces(alert.querySelector('.error-body')?.textContent)).toBe('You can try again in 2 minutes.');
    // Asked to wait longer than the client waits by itself: one request, no retry before the time.
    expect(listRequestCount()).toBe(1);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(retry.hasAttribute('disabled')).toBe(true);
    await vi.advanceTimersByTimeAsync(117_000);
    expect(listRequestCount()).toBe(1);
    expect(within(view.getByRole('alert')).getByRole('button', { name: 'Try again' }).hasAttribute('disabled')).toBe(
      true,
    );
    // The wait started when the 429 came, within the first second: past 121 s it is over.
    await vi.advanceTimersByTimeAsync(4_000);
    const ready = within(view.getByRole('alert')).getByRole('button', { name: 'Try again' });
    expect(ready.hasAttribute('disabled')).toBe(false);
    await user.click(ready);
    await vi.advanceTimersByTimeAsync(100);
    expect(view.getAllByRole('article')).toHaveLength(15);
    expect(listRequestCount()).toBe(2);
  });

  it('says it could not read a malformed answer, and recovers on Try again', async () => {
    const user = userEvent.setup();
    backend.faults.set('list', { kind: 'malformed-json' }, { times: 1 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toContain('We could not read the store’s answer');
    expect(listRequestCount()).toBe(1);

    await user.click(view.getByRole('button', { name: 'Try again' }));
    expect(await view.findAllByRole('article')).toHaveLength(15);
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('keeps the rows on screen when a later page fails', async () => {
    const user = userEvent.setup();
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await view.findAllByRole('article');
    backend.faults.set('list', { kind: 'status', status: 404 }, { times: 1 });
    await user.click(view.getByRole('button', { name: 'Next page' }));
    await view.findByRole('alert');
    expect(view.getAllByRole('article')).toHaveLength(15);
    expect(view.getByText('Page 1 of 4')).toBeTruthy();
  });

  it('shows markup and script URLs from the store as plain text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const scriptUrl = 'javascript:alert(1)';
    server.use(
      http.get('*/api/oms/user/orders', () =>
        HttpResponse.json({
          list: [
            {
              orderId: '<svg onload=alert(1)>-01',
              creationDate: '2026-06-10T10:00:00Z',
              clientName: '<script>alert(1)</script>',
              items: [
                {
                  seller: '1',
                  quantity: 1,
                  description: hostile,
                  id: '1',
                  productId: '1',
                  sellingPrice: 500,
                  price: 500,
                },
                {
                  seller: '1',
                  quantity: 1,
                  description: scriptUrl,
                  id: '2',
                  productId: '2',
                  sellingPrice: 500,
                  price: 500,
                },
              ],
              totalValue: 1000,
              totalItems: 2,
              currencyCode: 'BRL',
              paymentNames: '<b>Visa</b>',
              status: '<b>invoiced</b>',
            },
          ],
          paging: { total: 1, pages: 1, currentPage: 1, perPage: 15 },
        }),
      ),
    );
    signIn('main');
    const { root, view } = renderWidget({ locale: 'en' });
    const row = await view.findByRole('article');
    expect(normaliseSpaces(row.querySelector('.order-row-items')?.textContent)).toBe(`${hostile} and ${scriptUrl}`);
    expect(view.getByRole('button', { name: 'Order <svg onload=alert(1)>-01' })).toBeTruthy();
    expect(root.querySelector('img, svg, script, b')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    // A status nobody knows reads as a neutral stage.
    expect(normaliseSpaces(row.querySelector('.status-badge')?.textContent)).toBe('Processing');
  });
});
