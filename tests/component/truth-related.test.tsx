/**
 * Issue #11, finding 5: a split purchase's relation comes from the order's own data, not from
 * which list page happens to be loaded. An order `{orderGroup}-02` proves its purchase was split
 * and names `{orderGroup}-01` (VTEX numbers a purchase's orders from 01), so its detail links
 * there even when no list page in memory shows it; the link opens that order from the mock.
 * An order `-01` proves nothing by its number: once its detail is read, the widget asks the
 * store's list for its purchase (`text` = the group), once per purchase, and links what it lists.
 */

import { waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { openFromList, useSeedDetails } from './detail-helpers.ts';
import { renderedOrderIds } from './list-support.ts';
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

  /** The list searches the widget made for a purchase (the shopper's own searches carry an order number). */
  function purchaseSearches(group: string): number {
    return backend.requests.filter(
      (request) => request.endpoint === 'list' && new URL(request.url).searchParams.get('text') === group,
    ).length;
  }

  it('-01 opened with no sibling in the loaded list asks the store for its purchase, links -02, and asks once', async () => {
    const { group, orders } = splitPurchases()[0]!;
    const [first, second] = orders as [WireOrderDetail, WireOrderDetail];
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await user.type(await view.findByRole('searchbox', { name: 'Order number or product' }), `${first.orderId}{Enter}`);
    await view.findByRole('button', { name: `Order ${first.orderId}` });
    expect(view.queryByRole('button', { name: `Order ${second.orderId}` })).toBeNull();
    expect(purchaseSearches(group)).toBe(0);
    await openFromList(view, user, first.orderId);

    expect(await view.findByText(`Part of purchase ${group}`)).toBeTruthy();
    expect(purchaseSearches(group)).toBe(1);
    await user.click(view.getByRole('button', { name: `Order ${second.orderId}` }));
    await view.findByRole('heading', { level: 2, name: `Order ${second.orderId}` });
    expect(view.getByRole('button', { name: `Order ${first.orderId}` })).toBeTruthy();
    // The same purchase again: what the store listed is known, nothing is asked twice.
    await user.click(view.getByRole('button', { name: `Order ${first.orderId}` }));
    await view.findByRole('heading', { level: 2, name: `Order ${first.orderId}` });
    expect(view.getByRole('button', { name: `Order ${second.orderId}` })).toBeTruthy();
    expect(purchaseSearches(group)).toBe(1);
  });

  it('opened from the middle of the unfiltered list, a purchase shown whole there is not searched for', async () => {
    signIn('main');
    // One page of 100: the seed's split purchases sit inside it, not at its edges.
    const { view, root } = renderWidget({ locale: 'en', pageSize: 100 });
    const user = userEvent.setup();
    await view.findAllByRole('article');
    const ids = renderedOrderIds(root);
    const groupOf = (orderId: string) => details.find((order) => order.orderId === orderId)?.orderGroup ?? '';
    // A split purchase (the mock lists -02 before -01: placed at one moment) with rows of other purchases on both sides.
    const at = ids.findIndex(
      (orderId, index) =>
        index > 0 &&
        orderId.endsWith('-02') &&
        index + 2 < ids.length &&
        groupOf(ids[index + 1] ?? '') === groupOf(orderId),
    );
    expect(at).toBeGreaterThan(0);
    const [second, first] = [ids[at] ?? '', ids[at + 1] ?? ''];
    const group = groupOf(first);
    await openFromList(view, user, first);
    expect(view.getByText(`Part of purchase ${group}`)).toBeTruthy();
    await user.click(view.getByRole('button', { name: `Order ${second}` }));
    await view.findByRole('heading', { level: 2, name: `Order ${second}` });
    expect(purchaseSearches(group)).toBe(0);
  });

  it('when the purchase search fails, -01 says nothing of a relation and nothing of the failure', async () => {
    const { group, orders } = splitPurchases()[0]!;
    const [first] = orders as [WireOrderDetail];
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await user.type(await view.findByRole('searchbox', { name: 'Order number or product' }), `${first.orderId}{Enter}`);
    await view.findByRole('button', { name: `Order ${first.orderId}` });
    backend.faults.set('list', { kind: 'status', status: 500 });
    await openFromList(view, user, first.orderId);
    await waitFor(() => expect(purchaseSearches(group)).toBeGreaterThan(0));
    await waitFor(() => expect(view.queryByText(/Loading/)).toBeNull());
    expect(view.queryByText(/^Part of purchase/)).toBeNull();
    expect(view.queryByRole('alert')).toBeNull();
    expect(view.getByRole('heading', { level: 2, name: `Order ${first.orderId}` })).toBeTruthy();
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
