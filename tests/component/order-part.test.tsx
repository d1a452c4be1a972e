/**
 * The order view is loaded on demand. When it cannot be had (a file refused or blocked, or the
 * shopper offline), a prefetch says nothing, opening an order says so, and the host hears an
 * error. No test here ever loads the view, so none depends on the order they run in (a loaded
 * view stays loaded for the page); the retry that loads it is in order-part-retry.test.tsx.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pick, startOpening, useSeedDetails } from './detail-helpers.ts';
import { renderedOrderIds } from './list-support.ts';
import { recordHostEvents } from './support/element-harness.ts';
import { useIdleTasks } from './support/idle-tasks.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

/** Every attempt to load the order view is counted; none succeeds in this file. */
const part = vi.hoisted(() => ({ attempts: 0 }));

vi.mock('../../src/embed/order-part.ts', () => {
  part.attempts += 1;
  throw new TypeError('Failed to fetch dynamically imported module: parts/order-part.js');
});

const { signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);
// The page never goes idle here: the only prefetch is the pointer's (the idle one: order-prefetch*.test.tsx).
useIdleTasks();

describe('the order view cannot be loaded', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'onLine');
  });

  it('a prefetch that fails (the pointer on the rows) is silent until an order is opened', async () => {
    signIn('main');
    const { view, host, root } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    await view.findAllByRole('article');
    const [orderId] = renderedOrderIds(root);
    const row = view.getByRole('button', { name: `Order ${orderId}` });

    // The pointer on the rows asks for the order view: one attempt, refused.
    const before = part.attempts;
    await user.hover(row);
    await vi.waitFor(() => expect(part.attempts).toBe(before + 1));
    expect(view.queryByRole('alert')).toBeNull();

    // Opening the order asks again (so the prefetch had failed by then) and says so. Its error is
    // the only one the host has heard: the prefetch's failure, earlier, was silent.
    await user.click(row);
    expect(normaliseSpaces((await view.findByRole('alert')).textContent)).toContain(
      'Your browser could not load the widget’s files',
    );
    expect(part.attempts).toBe(before + 2);
    expect(events.filter((event) => event.type === 'my-orders:error')).toEqual([
      { type: 'my-orders:error', detail: { code: 'widget-files', orderId } },
    ]);
  });

  it('offline, says the shopper seems to be offline', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    signIn('main');
    const { view, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    await startOpening(view, user, order.orderId);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    // The part was asked for on the way (pointer over the rows); ask again, offline now.
    await user.click(within(await view.findByRole('alert')).getByRole('button', { name: 'Try again' }));

    await expect
      .poll(() => normaliseSpaces(view.queryByRole('alert')?.textContent))
      .toContain('You seem to be offline');
    expect(events).toContainEqual({ type: 'my-orders:error', detail: { code: 'network', orderId: order.orderId } });
  });
});
