/**
 * Issue #11, finding 5: a split purchase's relation comes from the order's own data, not from
 * which list page happens to be loaded. An order `{orderGroup}-02` proves its purchase was split
 * and names `{orderGroup}-01` (VTEX numbers a purchase's orders from 01), so its detail links
 * there even when no list page in memory shows it; the link opens that order from the mock.
 */

import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { openFromList, useSeedDetails } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

/** The mock's split purchases: each group with its orders, -01 first. */
function splitPurchases(): Array<{ group: string; orders: WireOrderDetail[] }> {
  const groups = new Map<string, WireOrderDetail[]>();
  for (const order of details) {
    const group = order.orderGroup ?? '';
    groups.set(group, [...(groups.get(group) ?? []), order]);
  }
  return [...groups]
    .filter(([, orders]) => orders.length > 1)
    .map(([group, orders]) => ({ group, orders: orders.sort((a, b) => (a.orderId < b.orderId ? -1 : 1)) }));
}

describe('split purchases from the order’s own data (finding 5)', () => {
  it('-02 opened with no sibling in the loaded list names its purchase and links -01, which opens', async () => {
    const purchases = splitPurchases();
    expect(purchases.length).toBeGreaterThan(0);
    const { group, orders } = purchases[0]!;
    const [first, second] = orders as [WireOrderDetail, WireOrderDetail];
    expect(second.orderId).toBe(`${group}-02`);
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    // Searching for -02 leaves -01 out of the loaded list: the relation cannot come from there.
    await user.type(
      await view.findByRole('searchbox', { name: 'Order number or product' }),
      `${second.orderId}{Enter}`,
    );
    await view.findByRole('button', { name: `Order ${second.orderId}` });
    expect(view.queryByRole('button', { name: `Order ${first.orderId}` })).toBeNull();
    await openFromList(view, user, second.orderId);

    expect(view.getByText(`Part of purchase ${group}`)).toBeTruthy();
    const link = view.getByRole('button', { name: `Order ${first.orderId}` });
    await user.click(link);
    await view.findByRole('heading', { level: 2, name: `Order ${first.orderId}` });
    expect(backend.requests.some((request) => request.endpoint === 'detail' && request.orderId === first.orderId)).toBe(
      true,
    );
    // -01, reached from -02, knows -02 (the widget has it on screen) and links back.
    expect(view.getByText(`Part of purchase ${group}`)).toBeTruthy();
    expect(view.getByRole('button', { name: `Order ${second.orderId}` })).toBeTruthy();
  });

  it('an order alone in its purchase claims no relation', async () => {
    const alone = details.find(
      (order) =>
        order.orderId.endsWith('-01') &&
        !details.some((other) => other !== order && other.orderGroup === order.orderGroup),
    );
    if (!alone) throw new Error('the mock has no single-order purchase');
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), alone.orderId);
    expect(view.queryByText(/^Part of purchase/)).toBeNull();
    expect(view.queryByText('Other orders in this purchase')).toBeNull();
  });
});
