/**
 * Sending the request: exactly one however confirm is pressed, the reason checked before
 * sending (code points, not UTF-16 units), a failure kept in the dialog with the reason for a
 * retry, and the 409 races (invoiced meanwhile; a request already pending).
 */

import { fireEvent, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  afterWindow,
  fillDialog,
  inWindow,
  liveText,
  openDialog,
  openOrder,
  recordCancelEvents,
  requestsTo,
  sectionLines,
  sellerPost,
} from './cancel-helpers.ts';
import { pick, readDetail, useSeedDetails } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const posts = () => requestsTo(backend, 'user-cancel-request').length;

/** Signed in, the order open, the dialog open with a reason chosen (and typed, for "Other"). */
async function openWithReason(order: WireOrderDetail, reason: string, otherText?: string) {
  signIn('main');
  const user = userEvent.setup();
  const { host, view } = renderWidget({ locale: 'en' });
  const events = recordCancelEvents(host);
  await openOrder(view, user, order.orderId);
  const dialog = await fillDialog(view, user, reason, otherText);
  return { user, view, dialog, events };
}

async function readyDialog(reason = 'I found a better price') {
  const order = pick(details, inWindow, 'is inside the window');
  const opened = await openWithReason(order, reason);
  const confirm = within(opened.dialog).getByRole('button', { name: 'Cancel order' });
  return { order, confirm, ...opened };
}

describe('one request per confirm', () => {
  it('two clicks in the same tick', async () => {
    const { dialog, confirm } = await readyDialog();
    backend.faults.set('user-cancel-request', { kind: 'latency', ms: 100 });
    confirm.click();
    confirm.click();
    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(1);
  });

  it('a double click, with the button marked busy while sending', async () => {
    const { user, dialog, confirm } = await readyDialog();
    backend.faults.set('user-cancel-request', { kind: 'latency', ms: 100 });
    await user.dblClick(confirm);
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(confirm.textContent).toBe('Sending…');
    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(1);
  });

  it('Enter held down on the button', async () => {
    const { user, dialog, confirm } = await readyDialog();
    backend.faults.set('user-cancel-request', { kind: 'latency', ms: 100 });
    confirm.focus();
    await user.keyboard('{Enter>6/}');
    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(1);
  });
});

describe('the reason', () => {
  it('is required, and says so next to the choice', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    const dialog = await openDialog(view, user);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    const group = within(dialog).getByRole('group', { name: 'Why do you want to cancel?' });
    const describedBy = group.getAttribute('aria-describedby') ?? '';
    expect(normaliseSpaces(dialog.querySelector(`[id="${describedBy}"]`)?.textContent)).toBe('Choose a reason.');
    expect(dialog.open).toBe(true);
    expect(posts()).toBe(0);
  });

  it('"Other" needs text: 1 to 500 characters counted as the shopper sees them (emoji count once)', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    const { user, dialog, events } = await openWithReason(order, 'Other');
    const confirm = within(dialog).getByRole('button', { name: 'Cancel order' });
    const text = within(dialog).getByRole('textbox', { name: 'Your reason' });
    const describedText = () =>
      (text.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => normaliseSpaces(dialog.querySelector(`[id="${id}"]`)?.textContent));

    await user.type(text, '   ');
    await user.click(confirm);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(describedText()).toEqual(['Write your reason.', '0 of 500 characters']);

    await user.type(text, '{Backspace}{Backspace}{Backspace}');
    // user-event cannot paste into a shadow root (it pastes into document.activeElement, the host).
    fireEvent.input(text, { target: { value: '🙂'.repeat(501) } });
    await expect.poll(describedText).toEqual(['Too long: use at most 500 characters.', '501 of 500 characters']);
    await user.click(confirm);
    expect(posts()).toBe(0);

    fireEvent.input(text, { target: { value: '🙂'.repeat(500) } });
    await expect.poll(describedText).toEqual(['500 of 500 characters']);
    expect(text.getAttribute('aria-invalid')).toBeNull();
    await user.click(confirm);
    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(1);
    expect(events[0]?.detail).toEqual({ orderId: order.orderId, outcome: 'canceled', reason: '🙂'.repeat(500) });
  });
});

describe('when sending fails', () => {
  it('keeps the dialog and the reason, says what happened, and sends again on "Try again"', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    backend.faults.set('user-cancel-request', { kind: 'status', status: 500 }, { times: 1 });
    const { user, view, dialog, events } = await openWithReason(order, 'Other', 'Paid twice by mistake');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    const alert = await within(dialog).findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toBe(
      'Something went wrong at the storeThe store could not answer right now. Try again in a moment.',
    );
    expect(within(dialog).getByText('Your reason is kept for another try.')).toBeTruthy();
    expect(dialog.open).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: 'Your reason' }) as HTMLTextAreaElement).value).toBe(
      'Paid twice by mistake',
    );
    expect(events.map((event) => event.detail)).toEqual([{ orderId: order.orderId, code: 'server' }]);
    expect(events[0]?.type).toBe('my-orders:cancel-failed');

    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(2);
    expect(sectionLines(view)[0]).toMatch(/^Canceled on /);
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-failed', 'my-orders:cancel-requested']);
    expect(events[1]?.detail).toEqual({ orderId: order.orderId, outcome: 'canceled', reason: 'Paid twice by mistake' });
  });
});

describe('races (409)', () => {
  it('the store invoiced the order while the dialog was open', async () => {
    const order = pick(
      details,
      (o) => afterWindow(o) && (o.packageAttachment?.packages ?? []).length === 0,
      'is past the window, not invoiced',
    );
    const { user, view, dialog, events } = await openWithReason(order, 'I ordered by mistake');

    const invoiced = await sellerPost(order.orderId, 'invoice', {
      type: 'Output',
      issuanceDate: new Date(backend.clock.now()).toISOString(),
      invoiceNumber: 'NF-RACE-1',
      invoiceValue: String(order.value),
      items: (order.items ?? []).map((item) => ({
        id: item.id,
        quantity: item.quantity,
        price: item.sellingPrice ?? item.price ?? 0,
      })),
    });
    expect(invoiced.status).toBe(200);
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));

    const alert = await within(dialog).findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toBe('This order changed meanwhile and can no longer be canceled.');
    expect(within(dialog).queryByRole('button', { name: /Request cancellation|Try again/ })).toBeNull();
    expect(events.map((event) => [event.type, event.detail])).toEqual([
      ['my-orders:cancel-failed', { orderId: order.orderId, code: 'conflict' }],
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await expect.poll(() => dialog.open).toBe(false);
    expect(sectionLines(view).slice(0, 2)).toEqual([
      'This order was invoiced and can no longer be canceled.',
      'You can return it once it arrives.',
    ]);
  });

  it('a request was already sent (another tab): shows that request, not a failure', async () => {
    const order = pick(details, afterWindow, 'is past the window');
    const { user, view, dialog, events } = await openWithReason(order, 'Delivery takes too long');

    const otherTab = await fetch(`/api/checkout/pub/orders/${encodeURIComponent(order.orderId)}/user-cancel-request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'Sent from my phone' }),
    });
    expect(otherTab.status).toBe(200);
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));

    await expect.poll(() => dialog.open).toBe(false);
    expect(posts()).toBe(2);
    const lines = sectionLines(view);
    expect(lines[0]).toBe('Cancellation requested');
    expect(lines.slice(3, 5)).toEqual(['Reason', 'Sent from my phone']);
    expect(liveText(view)).toContain(`Cancellation already requested for order ${order.orderId}.`);
    expect(events).toEqual([]);
    expect((await readDetail(order.orderId)).cancellationRequests).toHaveLength(1);
  });
});
