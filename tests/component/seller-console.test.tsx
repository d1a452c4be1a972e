/**
 * The seller console's cancellation requests against the mock over HTTP: the seeded pending
 * requests with the shopper's reason and the 30-day deadline, approve, deny with a reason,
 * and errors from the mock shown as messages rather than crashes.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockFault, MockOrderSummary } from '../../mocks/index.ts';
import { DAY_MS, SELLER_HEADERS, useSellerConsole } from './seller-console-support.ts';

const { backend, renderConsole, mockOrders, findOrder, shopperDetail, announced } = useSellerConsole();

async function pendingOrders(): Promise<MockOrderSummary[]> {
  return (await mockOrders()).filter((order) => order.pendingCancellationRequest !== null);
}

function requestItem(host: HTMLElement, orderId: string): HTMLElement {
  const list = within(host).getByRole('list', { name: /cancellation requests/i });
  const item = within(list)
    .getAllByRole('listitem')
    .find((candidate) => within(candidate).queryByRole('heading', { name: `Order ${orderId}` }));
  if (!item) throw new Error(`no request item for ${orderId}`);
  return item;
}

describe('pending cancellation requests', () => {
  it('lists every pending request of the mock with its reason, request date and 30-day deadline', async () => {
    // The seed has one; the seller's first cancel of a handling order opens a second (VTEX's
    // two-step rule), with a reason that looks like markup.
    const handling = await findOrder(
      (order) => order.shopper === 'main' && order.status === 'handling' && order.allowCancellation,
    );
    const asked = await fetch(`/api/oms/pvt/orders/${handling.orderId}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...SELLER_HEADERS },
      body: JSON.stringify({ reason: '<img src=x onerror=alert(1)> changed my mind', requestedByUser: false }),
    });
    expect(asked.status).toBe(200);
    const expected = await pendingOrders();
    expect(expected.map((order) => order.orderId)).toContain(handling.orderId);
    expect(expected.length).toBeGreaterThan(1);
    const { host, view } = await renderConsole();

    expect(view.getByRole('heading', { name: `Cancellation requests (${expected.length})` })).toBeTruthy();
    for (const order of expected) {
      const request = order.pendingCancellationRequest!;
      const item = requestItem(host, order.orderId);
      expect(within(item).getByText(request.reason)).toBeTruthy();
      expect(within(item).getByText(order.shopper)).toBeTruthy();
      expect(item.querySelector(`time[datetime="${request.requestedAt}"]`)?.textContent).toMatch(/\d{4}/);
      expect(item.querySelector(`time[datetime="${request.deadline}"]`)?.textContent).toMatch(/\d{4}/);
      expect(Date.parse(request.deadline) - Date.parse(request.requestedAt)).toBe(30 * DAY_MS);
      expect(
        within(item).getByRole('button', { name: `Approve the cancellation of order ${order.orderId}` }),
      ).toBeTruthy();
      expect(within(item).getByRole('textbox', { name: /deny reason/i })).toBeTruthy();
    }
    expect(host.querySelector('img')).toBeNull();
  });

  it('approving sends the seller cancel and the shopper then reads the order as canceled', async () => {
    const [order] = await pendingOrders();
    const { host, liveRegion } = await renderConsole();
    const user = userEvent.setup();

    await user.click(within(requestItem(host, order!.orderId)).getByRole('button', { name: /approve/i }));

    await announced(liveRegion, new RegExp(`Done: Approved the cancellation of ${order!.orderId}`));
    expect(
      backend.requests.filter((request) => request.endpoint === 'seller-cancel').map((request) => request.orderId),
    ).toEqual([order!.orderId]);
    expect((await shopperDetail(order!)).status).toBe('canceled');
    await waitFor(() => expect(within(host).queryByRole('heading', { name: `Order ${order!.orderId}` })).toBeNull());
  });

  it('denying needs a reason, then reaches the mock with it and the order goes back to its status', async () => {
    const [order] = await pendingOrders();
    const request = order!.pendingCancellationRequest!;
    const { host, liveRegion } = await renderConsole();
    const user = userEvent.setup();
    const item = requestItem(host, order!.orderId);
    const deny = within(item).getByRole('button', { name: /deny/i });

    await user.click(deny);
    expect(within(item).getByText(/write why you deny/i)).toBeTruthy();
    expect(
      within(item)
        .getByRole('textbox', { name: /deny reason/i })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(backend.requests.some((record) => record.endpoint === 'deny-cancellation-request')).toBe(false);

    await user.type(
      within(item).getByRole('textbox', { name: /deny reason/i }),
      'Already with the carrier <b>sorry</b>',
    );
    await user.click(deny);

    await announced(liveRegion, new RegExp(`Done: Denied the cancellation of ${order!.orderId}`));
    const detail = await shopperDetail(order!);
    expect(['ready-for-handling', 'handling']).toContain(detail.status);
    expect(detail.cancellationRequests?.find((candidate) => candidate.id === request.id)).toMatchObject({
      deniedBySeller: true,
      deniedBySellerReason: 'Already with the carrier <b>sorry</b>',
    });
  });
});

describe('errors from the mock', () => {
  const cases: Array<[string, MockFault, RegExp]> = [
    ['a VTEX error body', { kind: 'status', status: 409 }, /HTTP 409.*\(OMS003: Conflict\)/],
    ['a proxy HTML page', { kind: 'status', status: 502 }, /HTTP 502(?![^<]*<)/],
    ['a network error', { kind: 'network-error' }, /Network error/],
    ['malformed JSON', { kind: 'malformed-json' }, /HTTP 200 with a body that is not JSON/],
    ['the wrong shape', { kind: 'wrong-shape' }, /HTTP 200 with an unexpected response shape/],
  ];

  it.each(cases)('shows %s as an error message and keeps working', async (_name, fault, message) => {
    const [order] = await pendingOrders();
    backend.faults.set('seller-cancel', fault, { times: 1 });
    const { host, liveRegion } = await renderConsole();
    const user = userEvent.setup();

    await user.click(within(requestItem(host, order!.orderId)).getByRole('button', { name: /approve/i }));

    const text = await announced(liveRegion, /^Error: Could not approve/);
    expect(text).toMatch(message);
    expect(text).not.toContain('<');
    expect(requestItem(host, order!.orderId)).toBeTruthy();

    await user.click(within(requestItem(host, order!.orderId)).getByRole('button', { name: /approve/i }));
    await announced(liveRegion, /^Done: Approved/);
  });
});
