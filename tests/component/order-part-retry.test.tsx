/**
 * An order view that could not be loaded is tried again by "Try again", and the order opens
 * once it loads. A file of its own: the view, once loaded, stays loaded for the page, and the
 * tests in order-part.test.tsx need it never to have loaded.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

describe('the order view loads on the retry', () => {
  it('says so, sends nothing for the order, and a retry opens it once the view loads', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    signIn('main');
    const before = detailRequests();
    const { view, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    await startOpening(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    // Online, a part that did not load was refused (integrity, a policy) or missing: the widget's
    // files, said as such, under a code of their own for the host (not the API's bad-response).
    expect(normaliseSpaces(alert.textContent)).toContain('This part of the page did not load');
    expect(detailRequests()).toBe(before);
    expect(events).toContainEqual({
      type: 'my-orders:error',
      detail: { code: 'widget-files', orderId: order.orderId },
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
