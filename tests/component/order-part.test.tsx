/**
 * The order view is loaded on demand. When it cannot be had (offline, a file blocked or
 * tampered with), opening an order says so and offers a retry and the way back, the host
 * hears an error, and nothing is requested for the order until its view is there.
 */
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { within } from '@testing-library/dom';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';
import { recordHostEvents } from './support/element-harness.ts';
import { orderSettled, pick, startOpening, useSeedDetails } from './detail-helpers.ts';

const reachable = vi.hoisted(() => ({ orderPart: false }));

vi.mock('../../src/embed/order-part.ts', async (importOriginal) => {
  if (!reachable.orderPart) throw new TypeError('Failed to fetch dynamically imported module: parts/order-part.js');
  return importOriginal();
});

const { backend, signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);
const detailRequests = () => backend.requests.filter((request) => request.endpoint === 'detail').length;

describe('the order view cannot be loaded', () => {
  it('says so, sends nothing for the order, and a retry opens it once the view loads', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    signIn('main');
    const before = detailRequests();
    const { view, host } = renderWidget({ locale: 'en' });
    const events = recordHostEvents(host);
    const user = userEvent.setup();
    await startOpening(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toContain('You seem to be offline');
    expect(detailRequests()).toBe(before);
    expect(events).toContainEqual({ type: 'my-orders:error', detail: { code: 'network', orderId: order.orderId } });
    expect(within(alert).getByRole('button', { name: 'Back to orders' })).toBeTruthy();

    reachable.orderPart = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await orderSettled(view);
    expect(view.queryByRole('alert')).toBeNull();
    expect(await view.findByRole('heading', { level: 3, name: 'Items' })).toBeTruthy();
    expect(detailRequests()).toBe(before + 1);
  });
});
