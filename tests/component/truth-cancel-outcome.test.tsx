/**
 * The cancellation outcome is never misreported (#11 findings 8 to 10). Whatever the answer to
 * the shopper's request (applied and then a 500, a 502 page, a dropped connection, no answer
 * until the timeout; a 200 with a body that says nothing and no write; the widget rebuilt by a
 * store's option change while the request is out), the widget re-reads the order before it
 * speaks, and says what the server's data says: the shopper's own request found there is a
 * success; no request found, after a brief watch for VTEX's write lag, is "not confirmed", with
 * the order's true state and the action still there.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MockFault } from '../../mocks/types.ts';
import {
  cancelSection,
  fillDialog,
  inWindow,
  liveText,
  openOrder,
  recordCancelEvents,
  requestsTo,
} from './cancel-helpers.ts';
import { pick, readDetail, useSeedDetails } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);
const REASON = 'I found a better price';

afterEach(() => {
  vi.useRealTimers();
});

/** The order open, the dialog filled; the next step is the shopper's confirm. */
async function readyToConfirm(options: Parameters<typeof renderWidget>[0] = { locale: 'en' }) {
  const order = pick(details, inWindow, 'is inside the window');
  signIn('main');
  const user = userEvent.setup();
  const rendered = renderWidget(options);
  const events = recordCancelEvents(rendered.host);
  await openOrder(rendered.view, user, order.orderId);
  const dialog = await fillDialog(rendered.view, user, REASON);
  const confirm = within(dialog).getByRole('button', { name: 'Cancel order' });
  return { order, user, dialog, confirm, events, ...rendered };
}

const sectionText = (view: Parameters<typeof cancelSection>[0]) => normaliseSpaces(cancelSection(view).textContent);

describe('applied, then the answer failed: the re-read finds the request, and that is a success', () => {
  const cases: Array<[string, MockFault]> = [
    ['a 500', { kind: 'apply-then-status', status: 500 }],
    ['a 502 HTML page', { kind: 'apply-then-status', status: 502 }],
    ['a 503', { kind: 'apply-then-status', status: 503 }],
    ['a dropped connection', { kind: 'apply-then-drop' }],
  ];
  it.each(cases)('%s', async (_name, fault) => {
    const { order, dialog, confirm, events, view } = await readyToConfirm();
    backend.faults.set('user-cancel-request', fault, { times: 1 });
    confirm.click();
    await expect.poll(() => dialog.open, { timeout: 10_000 }).toBe(false);
    await expect.poll(() => liveText(view)).toMatch(/Order \S+ is (being )?canceled\./);
    expect((await readDetail(order.orderId)).status).toBe('canceled');
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-requested']);
    expect(events[0]?.detail).toMatchObject({ orderId: order.orderId, outcome: 'canceled', reason: REASON });
    expect(within(cancelSection(view)).queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(requestsTo(backend, 'user-cancel-request')).toHaveLength(1);
  });

  it('no answer until the timeout', async () => {
    const { order, dialog, confirm, events, view } = await readyToConfirm();
    backend.faults.set('user-cancel-request', { kind: 'apply-then-hang' }, { times: 1 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    confirm.click();
    await vi.advanceTimersByTimeAsync(20_000);
    vi.useRealTimers();
    await expect.poll(() => dialog.open, { timeout: 10_000 }).toBe(false);
    await expect.poll(() => liveText(view)).toMatch(/Order \S+ is (being )?canceled\./);
    expect((await readDetail(order.orderId)).status).toBe('canceled');
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-requested']);
  });
});

describe('a 200 that says nothing, and no write: never "being canceled"', () => {
  const cases: Array<[string, MockFault]> = [
    ['an empty body', { kind: 'empty-body' }],
    ['malformed JSON', { kind: 'malformed-json' }],
    ['a wrong shape', { kind: 'wrong-shape' }],
  ];
  it.each(cases)('%s', async (_name, fault) => {
    const { order, confirm, events, view } = await readyToConfirm();
    backend.faults.set('user-cancel-request', fault, { times: 1 });
    const detailReadsBefore = requestsTo(backend, 'detail').length;
    confirm.click();
    await expect.poll(() => sectionText(view), { timeout: 20_000 }).toContain('We could not confirm your cancellation');
    // It re-read, more than once (VTEX writes with a lag), before saying so.
    expect(requestsTo(backend, 'detail').length - detailReadsBefore).toBeGreaterThanOrEqual(2);
    expect((await readDetail(order.orderId)).status).toBe('window-to-cancel');
    expect(liveText(view)).not.toMatch(/being canceled|is canceled|Cancellation requested/);
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-failed']);
    expect(events[0]?.detail).toEqual({ orderId: order.orderId, code: 'unconfirmed' });
    // The truth on screen: the order can still be canceled, and the action is there.
    const dialogOrSection = cancelSection(view);
    expect(within(dialogOrSection).getAllByRole('button', { name: 'Cancel order' }).length).toBeGreaterThan(0);
  });
});

describe('an option changed while the request is out', () => {
  it('the rebuilt widget keeps the outcome: canceled on the server, canceled on screen, the event heard', async () => {
    const { order, confirm, events, view, handle } = await readyToConfirm();
    backend.faults.set('user-cancel-request', { kind: 'latency', ms: 300 }, { times: 1 });
    confirm.click();
    await expect.poll(() => requestsTo(backend, 'user-cancel-request').length).toBe(1);
    handle.update({ gracePeriodMinutes: 45 });
    await expect.poll(() => liveText(view), { timeout: 10_000 }).toMatch(/Order \S+ is (being )?canceled\./);
    expect((await readDetail(order.orderId)).status).toBe('canceled');
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-requested']);
    expect(within(cancelSection(view)).queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });
});
