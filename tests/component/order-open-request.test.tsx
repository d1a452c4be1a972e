/**
 * Opening an order whose view is already here (fetched while the shopper read the list): the
 * order's read is sent before its page is drawn, so the page is drawn while the answer travels.
 * The request is seen where it leaves (`fetch`), with what the shadow root holds at that moment.
 */

import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orderSettled } from './detail-helpers.ts';
import { renderedOrderIds } from './list-support.ts';
import { useIdleTasks } from './support/idle-tasks.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { signIn, renderWidget } = useMockBackend();
const idle = useIdleTasks();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening an order', () => {
  it('sends the order’s read before it draws the order’s page', async () => {
    signIn('main');
    const { view, root, host } = renderWidget({ locale: 'en' });
    await view.findAllByRole('article');
    const [orderId] = renderedOrderIds(root);
    const sheets = () => (host.shadowRoot?.adoptedStyleSheets.length ?? 0) + root.querySelectorAll('style').length;
    const before = sheets();
    // The page is idle: the order view comes, its stylesheet with it (then its models, at once).
    idle.idle();
    await vi.waitFor(() => expect(sheets()).toBe(before + 1));

    const drawnWhenAsked: boolean[] = [];
    const fetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(`/orders/${orderId}`))
        drawnWhenAsked.push(root.querySelector('.order-detail') !== null);
      return fetch(input, init);
    });
    await userEvent.setup().click(view.getByRole('button', { name: `Order ${orderId}` }));
    await orderSettled(view);
    expect(await view.findByRole('heading', { level: 3, name: 'Items' })).toBeTruthy();
    expect(drawnWhenAsked).toEqual([false]);
  });
});
