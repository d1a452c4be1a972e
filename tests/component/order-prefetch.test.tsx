/**
 * The order view is fetched ahead of need: once the list is on screen and the page is idle,
 * with no pointer or focus on the rows (a touch screen shows no intent before the tap), so a
 * first open costs what a second does. Not for a shopper who asked to save data: there it
 * waits for the intent, as before. The file's own count of loads of the view is the boundary
 * (in the script tag, the part's file; see parts-on-demand in the browser tests). The harness
 * loads the view before the tests; here that load is refused, so the first test to load it is
 * the one that counts it.
 */

import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { orderSettled } from './detail-helpers.ts';
import { renderedOrderIds } from './list-support.ts';
import { recordHostEvents } from './support/element-harness.ts';
import { useIdleTasks } from './support/idle-tasks.ts';
import { useMockBackend } from './support/widget-harness.ts';

const part = vi.hoisted(() => ({ attempts: 0, reachable: false }));

vi.mock('../../src/embed/order-part.ts', async (importOriginal) => {
  part.attempts += 1;
  if (!part.reachable) throw new TypeError('Failed to fetch dynamically imported module: parts/order-part.js');
  return importOriginal();
});

const { backend, signIn, renderWidget } = useMockBackend();
const idle = useIdleTasks();
const detailRequests = () => backend.requests.filter((request) => request.endpoint === 'detail').length;

describe('the order view, fetched while the shopper reads the list', () => {
  it('a shopper saving data: nothing waits for idle time; the order view waits for the intent', async () => {
    idle.saveData();
    signIn('main');
    const { view, root } = renderWidget({ locale: 'en' });
    await view.findAllByRole('article');
    const [orderId] = renderedOrderIds(root);
    // The list is drawn: the moment the next test finds one task waiting.
    expect(idle.pending()).toBe(0);
    // The pointer on the rows still asks for it (refused here, so the next test loads it first).
    const before = part.attempts;
    await userEvent.setup().hover(view.getByRole('button', { name: `Order ${orderId}` }));
    await vi.waitFor(() => expect(part.attempts).toBe(before + 1));
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('is fetched once the list is drawn and the page idle, with no pointer; opening the order fetches it no more', async () => {
    part.reachable = true;
    signIn('main');
    const { view, root, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    await view.findAllByRole('article');
    const [orderId] = renderedOrderIds(root);
    const before = part.attempts;
    const detailsBefore = detailRequests();
    // Nothing is fetched ahead of the list: the task waits for the page to be idle.
    expect(idle.pending()).toBe(1);
    expect(part.attempts).toBe(before);

    idle.idle();
    await vi.waitFor(() => expect(part.attempts).toBe(before + 1));
    // Fetching the view is not opening an order: no order read, no move.
    expect(detailRequests()).toBe(detailsBefore);
    expect(events.filter((event) => event.type !== 'my-orders:ready')).toEqual([]);

    const user = userEvent.setup();
    await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
    await orderSettled(view);
    expect(await view.findByRole('heading', { level: 3, name: 'Items' })).toBeTruthy();
    expect(part.attempts).toBe(before + 1);
    expect(detailRequests()).toBe(detailsBefore + 1);
  });
});
