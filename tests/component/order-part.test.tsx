/**
 * The order view is loaded on demand. When it cannot be had (a file refused or blocked, or the
 * shopper offline), opening an order says so and offers a retry and the way back, the host
 * hears an error, and nothing is requested for the order until its view is there.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orderSettled, pick, startOpening, useSeedDetails } from './detail-helpers.ts';
import { recordHostEvents } from './support/element-harness.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const reachable = vi.hoisted(() => ({ orderPart: false }));

vi.mock('../../src/embed/order-part.ts', async (importOriginal) => {
  if (!reachable.orderPart) throw new TypeError('Failed to fetch dynamically imported module: parts/order-part.js');
  return importOriginal();
});

const { backend, signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);
const detailRequests = () => backend.requests.filter((request) => request.endpoint === 'detail').length;

describe('the order view cannot be loaded', () => {
  afterEach(() => {
    reachable.orderPart = false;
    Reflect.deleteProperty(navigator, 'onLine');
  });

  it('a prefetch that fails (the pointer on the rows) is silent until an order is opened', async () => {
    signIn('main');
    const { view, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    const [row] = await view.findAllByRole('button', { name: /^Order / });
    await user.hover(row as HTMLElement);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(view.queryByRole('alert')).toBeNull();
    expect(events.filter((event) => event.type === 'my-orders:error')).toEqual([]);
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

  // After the test above: a loaded view stays loaded for the page, so this one comes last.
  it('says so, sends nothing for the order, and a retry opens it once the view loads', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    signIn('main');
    const before = detailRequests();
    const { view, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    await startOpening(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    // Online, a part that did not load was refused (integrity, a policy) or broken: the store's problem.
    expect(normaliseSpaces(alert.textContent)).toContain('We could not read the store’s answer');
    expect(detailRequests()).toBe(before);
    expect(events).toContainEqual({
      type: 'my-orders:error',
      detail: { code: 'bad-response', orderId: order.orderId },
    });
    expect(within(alert).getByRole('button', { name: 'Back to orders' })).toBeTruthy();

    reachable.orderPart = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await orderSettled(view);
    expect(view.queryByRole('alert')).toBeNull();
    expect(await view.findByRole('heading', { level: 3, name: 'Items' })).toBeTruthy();
    expect(detailRequests()).toBe(before + 1);
  });
});
