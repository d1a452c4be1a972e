/**
 * The store's console: quiet through a shopper's whole journey, failures included (the widget
 * shows them; the console is not the shopper's), and one warning per misconfiguration, however
 * many widgets share it.
 */

import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { orderSettled } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn, renderWidget } = useMockBackend();

let spies: Record<'log' | 'info' | 'warn' | 'error' | 'debug', MockInstance>;
beforeEach(() => {
  spies = {
    log: vi.spyOn(console, 'log').mockImplementation(() => undefined),
    info: vi.spyOn(console, 'info').mockImplementation(() => undefined),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: vi.spyOn(console, 'error').mockImplementation(() => undefined),
    debug: vi.spyOn(console, 'debug').mockImplementation(() => undefined),
  };
});
afterEach(() => vi.restoreAllMocks());

const said = () =>
  Object.entries(spies).flatMap(([level, spy]) => spy.mock.calls.map((call) => `${level}: ${String(call[0])}`));

describe('the console', () => {
  it('stays quiet through list, a failed page and its retry, an order and back', async () => {
    signIn('main');
    let down = true;
    server.use(
      http.get('*/api/oms/user/orders', () =>
        down ? HttpResponse.json({ error: { code: 'X', message: 'down' } }, { status: 500 }) : undefined,
      ),
    );
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    const retry = await view.findByRole('button', { name: 'Try again' }, { timeout: 20_000 });
    down = false;
    await user.click(retry);
    const [row] = await view.findAllByRole('button', { name: /^Order / });
    if (!row) throw new Error('no order row to open');
    await user.click(row);
    await orderSettled(view);
    await user.click(view.getAllByRole('button', { name: 'Back to orders' })[0]!);
    await view.findAllByRole('button', { name: /^Order / });
    expect(said()).toEqual([]);
  });

  it('warns the store once per misconfiguration, whatever the widgets, and the widgets still work', async () => {
    signIn('main');
    const options = { locale: 'en', pageSize: 'abc' as unknown as number, apiBase: 'javascript:alert(1)' };
    const first = renderWidget(options);
    const second = renderWidget(options);
    await first.view.findAllByRole('article');
    await second.view.findAllByRole('article');
    first.handle.update({ pageSize: 'abc' as unknown as number });
    const listed = backend.requests.filter((request) => new URL(request.url).pathname === '/api/oms/user/orders');
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
    for (const request of listed) expect(new URL(request.url).searchParams.get('per_page')).toBe('15');
    expect(
      spies.warn.mock.calls.map((call) => call[0]),
      JSON.stringify(said()),
    ).toEqual([
      'my-orders: api base "javascript:alert(1)" is not an http(s) address; using the page\'s origin',
      'my-orders: page size "abc" is not a whole number from 1; showing 15 orders a page',
    ]);
    expect(said().filter((line) => !line.startsWith('warn: '))).toEqual([]);
  });
});
