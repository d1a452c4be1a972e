/**
 * The seller console's orders against the mock over HTTP: placing an order that goes through
 * payment into the grace period, the periodic refresh, start handling, partial and full
 * invoices, tracking events and delivery.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockOrderSummary } from '../../mocks/index.ts';
import { SELLER_HEADERS, useSellerConsole } from './seller-console-support.ts';

const { backend, renderConsole, mockOrders, findOrder, shopperDetail, announced } = useSellerConsole();

function statusCell(host: HTMLElement, orderId: string): string {
  const row = within(host)
    .getByRole('button', { name: `Select order ${orderId}` })
    .closest('tr');
  if (!row) throw new Error(`no row for ${orderId}`);
  return row.querySelectorAll('td')[1]?.textContent ?? '';
}

async function selectOrder(host: HTMLElement, order: MockOrderSummary) {
  const user = userEvent.setup();
  await user.click(within(host).getByRole('button', { name: `Select order ${order.orderId}` }));
  expect(within(host).getByRole('heading', { name: `Order ${order.orderId}`, level: 4 })).toBeTruthy();
  return user;
}

describe('placing an order', () => {
  it('places a new order for the chosen shopper, which pays and enters the grace period as the clock moves', async () => {
    const before = new Set((await mockOrders()).map((order) => order.orderId));
    const { host, view, liveRegion } = await renderConsole();
    const user = userEvent.setup();

    await user.selectOptions(view.getByLabelText('Shopper'), 'second');
    await user.selectOptions(view.getByLabelText('Currency'), 'USD');
    await user.click(view.getByRole('button', { name: 'Place order' }));

    const text = await announced(liveRegion, /^Done: Placed order \S+ for the second shopper/);
    expect(backend.requests.filter((request) => request.endpoint === 'place-order')).toHaveLength(1);
    const placed = (await mockOrders()).find((order) => !before.has(order.orderId));
    expect(placed).toMatchObject({ shopper: 'second', currencyCode: 'USD', status: 'payment-pending' });
    expect(text).toContain(placed!.orderId);
    await waitFor(() => expect(statusCell(host, placed!.orderId)).toBe('payment-pending'));

    await user.click(view.getByRole('button', { name: '+1 min' }));
    await waitFor(() => expect(statusCell(host, placed!.orderId)).toBe('window-to-cancel'));
    expect((await shopperDetail(placed!)).status).toBe('window-to-cancel');
  });

  it('refreshes on its own: an order placed elsewhere shows up without any action', async () => {
    const { host } = await renderConsole({ refreshMs: 50 });
    const response = await fetch('/_mock/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...SELLER_HEADERS },
      body: '{}',
    });
    const { orderId } = (await response.json()) as { orderId: string };

    await waitFor(() => expect(within(host).getByRole('button', { name: `Select order ${orderId}` })).toBeTruthy());
  });
});

describe('fulfillment', () => {
  it('starts handling a ready-for-handling order, and shows the refusal when the status is wrong', async () => {
    const order = await findOrder(
      (candidate) => candidate.status === 'ready-for-handling' && candidate.pendingCancellationRequest === null,
    );
    const { host, liveRegion } = await renderConsole();
    const user = await selectOrder(host, order);

    await user.click(within(host).getByRole('button', { name: 'Start handling' }));
    await announced(liveRegion, new RegExp(`^Done: Started handling ${order.orderId}`));
    expect((await shopperDetail(order)).status).toBe('handling');

    await user.click(within(host).getByRole('button', { name: 'Start handling' }));
    const text = await announced(liveRegion, /^Error: Could not start handling/);
    expect(text).toContain('HTTP 409');
    expect(text).toContain('Order status should be ready-for-handling');
  });

  it('invoices the first item only (partially invoiced), then the rest (invoiced)', async () => {
    const order = await findOrder(
      (candidate) =>
        ['ready-for-handling', 'handling'].includes(candidate.status) &&
        candidate.invoicedValue === 0 &&
        candidate.pendingCancellationRequest === null &&
        candidate.itemNames.length > 1,
    );
    const { host, liveRegion } = await renderConsole();
    const user = await selectOrder(host, order);
    const firstItem = (await shopperDetail(order)).items![0]!;

    await user.click(within(host).getByRole('button', { name: /invoice first item only/i }));
    await announced(liveRegion, new RegExp(`^Done: Invoiced the first item of ${order.orderId}`));
    const partial = await shopperDetail(order);
    expect(partial.status).toBe(order.status);
    expect(partial.allowCancellation).toBe(false);
    expect(partial.packageAttachment?.packages).toEqual([
      expect.objectContaining({
        type: 'Output',
        invoiceValue: firstItem.sellingPrice * firstItem.quantity,
        items: [expect.objectContaining({ itemIndex: 0, quantity: firstItem.quantity })],
      }),
    ]);

    await user.click(within(host).getByRole('button', { name: 'Invoice fully' }));
    await announced(liveRegion, new RegExp(`^Done: Invoiced the rest of ${order.orderId}`));
    const invoiced = await shopperDetail(order);
    expect(invoiced.status).toBe('invoiced');
    expect((invoiced.packageAttachment?.packages ?? []).reduce((sum, pkg) => sum + pkg.invoiceValue, 0)).toBe(
      order.value,
    );
  });

  it('adds tracking events to an invoice, keeping the earlier ones, then marks it delivered', async () => {
    const order = await findOrder(
      (candidate) =>
        candidate.shopper === 'main' &&
        candidate.status === 'handling' &&
        candidate.invoicedValue === 0 &&
        candidate.pendingCancellationRequest === null,
    );
    const { host, liveRegion } = await renderConsole();
    const user = await selectOrder(host, order);
    await user.click(within(host).getByRole('button', { name: 'Invoice fully' }));
    await announced(liveRegion, /^Done: Invoiced/);
    const tracking = await within(host).findByRole('form', { name: 'Tracking' });
    const [invoiceNumber] = (await mockOrders()).find(
      (candidate) => candidate.orderId === order.orderId,
    )!.invoiceNumbers;

    for (const [city, description] of [
      ['Campinas', 'Left the warehouse'],
      ['Rio de Janeiro', 'Out for delivery'],
    ] as const) {
      await user.clear(within(tracking).getByLabelText('City'));
      await user.type(within(tracking).getByLabelText('City'), city);
      await user.type(within(tracking).getByLabelText('Description'), description);
      await user.click(within(tracking).getByRole('button', { name: 'Add tracking event' }));
      await announced(liveRegion, new RegExp(`^Done: Added a tracking event to invoice ${invoiceNumber}.*`));
      await waitFor(() => expect((within(tracking).getByLabelText('Description') as HTMLInputElement).value).toBe(''));
    }
    const tracked = (await shopperDetail(order)).packageAttachment?.packages?.[0]?.courierStatus;
    expect(tracked?.finished).toBe(false);
    expect(tracked?.data).toEqual([
      expect.objectContaining({ city: 'Campinas', state: 'SP', description: 'Left the warehouse' }),
      expect.objectContaining({ city: 'Rio de Janeiro', state: 'SP', description: 'Out for delivery' }),
    ]);

    await user.click(within(tracking).getByRole('button', { name: 'Mark delivered' }));
    await announced(liveRegion, new RegExp(`^Done: Marked invoice ${invoiceNumber} of ${order.orderId} delivered`));
    const delivered = (await shopperDetail(order)).packageAttachment?.packages?.[0]?.courierStatus;
    expect(delivered?.finished).toBe(true);
    expect(delivered?.deliveredDate).toBeTruthy();
    expect(delivered?.data).toHaveLength(2);
  });
});
