/**
 * One truth for an order across list and detail (#11 findings 1, 3 and 11): a write the widget
 * made, or a newer state it read in an order's detail, shows in the list at once; coming back
 * to the list after a write re-reads it; a row shows what the detail knows (delivered, with the
 * date) once the widget has read it; a widget that went offline recovers by itself when the
 * connection or the tab comes back, with one request, not a storm.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fillDialog, inWindow, openOrder, requestsTo, sellerPost, setPageVisible } from './cancel-helpers.ts';
import { openFromList, pick, useSeedDetails, type View } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);

function rowText(view: View, orderId: string): string {
  const row = view.getByRole('button', { name: `Order ${orderId}` }).closest('.order-row');
  return normaliseSpaces(row?.textContent);
}

async function backToList(view: View, user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(view.getAllByRole('button', { name: 'Back to orders' })[0]!);
}

const listReads = () => requestsTo(backend, 'list').length;

describe('list and detail agree', () => {
  it('after a cancellation, Back shows the order canceled at once, and the list is read again', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    const dialog = await fillDialog(view, user, 'I found a better price');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await expect.poll(() => dialog.open).toBe(false);
    const readsBefore = listReads();

    await backToList(view, user);
    // At once: before the list's new answer, the row already says what the detail read.
    expect(rowText(view, order.orderId)).toMatch(/Cancel(ed|ing)/);
    expect(rowText(view, order.orderId)).not.toContain('Preparing');
    await expect.poll(listReads).toBe(readsBefore + 1);
    await expect.poll(() => rowText(view, order.orderId)).toMatch(/Cancel(ed|ing)/);
  });

  it('a newer state read in the detail shows in the list on the way back', async () => {
    const order = pick(details, (o) => o.status === 'ready-for-handling', 'is ready for handling');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await view.findAllByRole('button', { name: /^Order / });
    expect((await sellerPost(order.orderId, 'start-handling', {})).status).toBe(204);
    const invoice = {
      type: 'Output',
      issuanceDate: new Date(backend.clock.now()).toISOString(),
      invoiceNumber: 'NF-TRUTH-1',
      invoiceValue: String(order.value),
      items: (order.items ?? []).map((item) => ({ id: item.id, quantity: item.quantity, price: item.sellingPrice })),
    };
    expect((await sellerPost(order.orderId, 'invoice', invoice)).status).toBe(200);

    await openFromList(view, user, order.orderId);
    await backToList(view, user);
    expect(rowText(view, order.orderId)).toContain('Shipped');
    expect(rowText(view, order.orderId)).not.toContain('Preparing');
  });

  it('a delivered order, once its detail is read, says Delivered with the date in its row', async () => {
    const order = pick(
      details,
      (o) =>
        o.status === 'invoiced' &&
        (o.packageAttachment?.packages ?? []).length > 0 &&
        (o.packageAttachment?.packages ?? []).every((pkg) => pkg.courierStatus?.finished === true),
      'was delivered',
    );
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, user, order.orderId);
    await backToList(view, user);
    await view.findAllByRole('button', { name: /^Order / });
    const delivered = new Date(order.packageAttachment?.packages?.[0]?.courierStatus?.deliveredDate ?? '');
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(delivered);
    expect(rowText(view, order.orderId)).toContain(`Delivered ${day}`);
  });
});

describe('offline, then back', () => {
  const offlineThenBack: Array<[string, () => void]> = [
    [
      'the connection returns (twice)',
      () => {
        window.dispatchEvent(new Event('online'));
        window.dispatchEvent(new Event('online'));
      },
    ],
    [
      'the tab is shown again',
      () => {
        setPageVisible(false);
        setPageVisible(true);
      },
    ],
  ];
  it.each(offlineThenBack)('the list recovers by itself when %s, with one request', async (_when, comeBack) => {
    signIn('main');
    backend.faults.set('list', { kind: 'network-error' });
    const { view } = renderWidget({ locale: 'en' });
    await expect
      .poll(() => normaliseSpaces(view.queryByRole('alert')?.textContent), { timeout: 15_000 })
      .toContain('You seem to be offline');
    backend.faults.clear('list');
    const before = listReads();
    comeBack();
    await expect.poll(() => view.queryAllByRole('button', { name: /^Order / }).length, { timeout: 10_000 }).toBe(15);
    expect(listReads()).toBe(before + 1);
  });

  it('an open order recovers too', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await view.findAllByRole('button', { name: /^Order / });
    backend.faults.set('detail', { kind: 'network-error' });
    await user.click(view.getByRole('button', { name: `Order ${order.orderId}` }));
    await expect
      .poll(() => normaliseSpaces(view.queryByRole('alert')?.textContent), { timeout: 15_000 })
      .toContain('You seem to be offline');
    backend.faults.clear('detail');
    window.dispatchEvent(new Event('online'));
    await expect
      .poll(() => view.queryByRole('heading', { level: 3, name: 'Items' }) !== null, { timeout: 10_000 })
      .toBe(true);
  });
});
