/**
 * The order view fetched ahead of need (the list idle) fails: nobody hears of it, not the
 * shopper, not the host; opening an order then asks again and opens it. A file of its own: the
 * view, once loaded, stays loaded for the page (order-prefetch.test.tsx has the prefetch that
 * loads it).
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

const { signIn, renderWidget } = useMockBackend();
const idle = useIdleTasks();

describe('a prefetch of the order view that fails', () => {
  it('shows nothing and tells the host nothing; opening an order then loads the view and opens it', async () => {
    signIn('main');
    const { view, root, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    await view.findAllByRole('article');
    const [orderId] = renderedOrderIds(root);
    const before = part.attempts;

    idle.idle();
    await vi.waitFor(() => expect(part.attempts).toBe(before + 1));
    // Refused: the list stays as it was, with no message, and the host hears no error.
    await view.findByRole('button', { name: `Order ${orderId}` });
    expect(view.queryByRole('alert')).toBeNull();

    part.reachable = true;
    const user = userEvent.setup();
    await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
    await orderSettled(view);
    expect(await view.findByRole('heading', { level: 3, name: 'Items' })).toBeTruthy();
    expect(view.queryByRole('alert')).toBeNull();
    expect(part.attempts).toBe(before + 2);
    expect(events.filter((event) => event.type === 'my-orders:error')).toEqual([]);
  });
});
