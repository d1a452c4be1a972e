/**
 * The shopper's whole flow on a storefront page: the list, a filter, an order's detail, an
 * immediate cancellation inside the grace period, a request after it that the seller approves,
 * and a second request the seller denies with a reason. The seller acts over HTTP from the
 * test; the widget must show each decision without a reload.
 */
import type { MockOrderSummary } from '../../../mocks/index.ts';
import type { TestPage } from '../driver/page.ts';
import { assert, assertEqual } from '../harness.ts';
import { DECISION_TIMEOUT_MS, type Scenario } from '../scenario-env.ts';
import type { Seller } from '../seller.ts';
import {
  cancelButton,
  cancelDialog,
  detailHeading,
  en,
  inDialog,
  markPage,
  openOrder,
  rowIds,
  searchFor,
  waitForEvent,
  waitForList,
  waitForRows,
} from '../widget.ts';

const PAGE_SIZE = 15;
const TYPED_REASON = 'The delivery date no longer works for me.';
const DENY_REASON = 'Your order has already been packed and handed to the carrier.';

/** Orders a shopper may still cancel after the grace period: the seller must decide. */
function requestable(order: MockOrderSummary): boolean {
  return (
    (order.status === 'ready-for-handling' || order.status === 'handling') &&
    order.allowCancellation &&
    order.pendingCancellationRequest === null
  );
}

async function backToList(page: TestPage): Promise<void> {
  await page.click({ role: 'button', name: en('detail.back') });
  await waitForList(page);
}

/** Opens the dialog, picks a reason (a preset label, or "Other" with text) and confirms. */
async function requestCancellation(
  page: TestPage,
  orderId: string,
  reason: { preset: string } | { other: string },
  confirm: string,
): Promise<void> {
  await page.click(cancelButton());
  await page.waitFor(cancelDialog(orderId));
  if ('preset' in reason) {
    await page.check(inDialog(orderId, { role: 'radio', name: reason.preset }));
  } else {
    await page.check(inDialog(orderId, { role: 'radio', name: en('cancel.reason.other') }));
    await page.fill(inDialog(orderId, { role: 'textbox', name: en('cancel.dialog.otherLabel') }), reason.other);
  }
  await page.click(inDialog(orderId, { role: 'button', name: confirm }));
  await page.waitFor(cancelDialog(orderId), { state: 'hidden' });
}

async function expectMockStatus(
  seller: Seller,
  orderId: string,
  statuses: readonly string[],
): Promise<MockOrderSummary> {
  const order = await seller.order(orderId);
  assert(
    statuses.includes(order.status),
    `the mock has order ${orderId} as ${order.status}, expected ${statuses.join(' or ')}`,
  );
  return order;
}

export const flow: Scenario = async ({ open, seller }, s) => {
  const page = await open('flow.html');
  const sameDocument = await markPage(page);
  const listed = (await seller.orders()).filter((order) => order.shopper === 'main');

  await s.step('the list shows the newest orders first, one page of them', async () => {
    await waitForList(page);
    const ids = await rowIds(page);
    assertEqual(ids.length, PAGE_SIZE, 'rows on the first page');
    assertEqual(ids[0], listed[0]?.orderId, 'first row');
  });
  await s.check('the ready event reached the host page', async () => {
    await waitForEvent(page, 'my-orders:ready', {});
  });
  await page.screenshot('list');

  await s.step('filtering by status "Canceled" shows only canceled orders, as the store has them', async () => {
    await page.selectOption({ role: 'combobox', name: en('filters.status') }, en('stage.canceled'));
    await page.click({ role: 'button', name: en('filters.search') });
    const expected = listed.filter((order) => order.status === 'canceled').map((order) => order.orderId);
    await waitForRows(page, 'the canceled orders', (ids) => ids.length > 0 && ids[0] === expected[0]);
    assertEqual((await rowIds(page)).join(' '), expected.slice(0, PAGE_SIZE).join(' '), 'canceled rows');
    const badges = await page.texts({ css: 'ol.order-rows .status-badge' });
    assert(
      badges.every((badge) => badge === en('stage.canceled')),
      `badges: ${badges.join(', ')}`,
    );
  });

  const windowOrder = await seller.findOrder(
    'inside the grace period',
    (order) => order.status === 'window-to-cancel' && order.allowCancellation,
  );
  await s.step('a text search for an order number finds that one order', async () => {
    await page.selectOption({ role: 'combobox', name: en('filters.status') }, en('filters.status.all'));
    await searchFor(page, windowOrder.orderId);
  });

  await s.step('an order inside the grace period opens with its countdown and the cancel action', async () => {
    await openOrder(page, windowOrder.orderId);
    await page.waitFor({ css: '.grace-countdown' });
    await page.waitFor(cancelButton());
  });
  await page.screenshot('detail');

  await s.step('cancel inside the window: the dialog says it is immediate, and the order is canceled', async () => {
    await page.click(cancelButton());
    await page.waitFor(cancelDialog(windowOrder.orderId));
    await page.waitFor(inDialog(windowOrder.orderId, { text: en('cancel.dialog.immediate') }));
    await page.screenshot('dialog');
    await page.check(inDialog(windowOrder.orderId, { role: 'radio', name: en('cancel.reason.mistake') }));
    await page.click(inDialog(windowOrder.orderId, { role: 'button', name: en('cancel.action') }));
    await page.waitFor(cancelDialog(windowOrder.orderId), { state: 'hidden' });
    await page.waitFor({ css: '.cancel-status[data-phase="canceled"]' }, { timeout: DECISION_TIMEOUT_MS });
    await expectMockStatus(seller, windowOrder.orderId, ['canceled']);
  });
  await s.check('the host heard cancel-requested with outcome "canceled" and the chosen reason', async () => {
    await waitForEvent(page, 'my-orders:cancel-requested', {
      orderId: windowOrder.orderId,
      outcome: 'canceled',
      reason: en('cancel.reason.mistake'),
    });
  });

  // Filters are cleared first, so the orders after the window are on the first page again.
  await s.step('back to the list and clear the filters', async () => {
    await backToList(page);
    await page.click({ role: 'button', name: en('filters.clear') });
    await waitForRows(page, 'a full first page', (ids) => ids.length === PAGE_SIZE);
  });

  const approved = await seller.findOrder('cancellable only with the seller’s approval', requestable);
  await s.step(
    'outside the window the shopper sends a request with their own words, and it shows as requested',
    async () => {
      await searchFor(page, approved.orderId);
      await openOrder(page, approved.orderId);
      await requestCancellation(page, approved.orderId, { other: TYPED_REASON }, en('cancel.dialog.confirmRequest'));
      const pending = { css: '.cancel-status[data-phase="awaiting-seller"]' };
      await page.waitFor({ in: pending, text: en('stage.cancellation-requested') });
      await page.waitFor({ in: pending, text: TYPED_REASON });
      const order = await expectMockStatus(seller, approved.orderId, ['cancellation-requested']);
      assertEqual(order.pendingCancellationRequest?.reason, TYPED_REASON, 'reason the store received');
    },
  );
  await page.screenshot('requested');

  await s.step('the seller approves over HTTP and the open detail shows it without a reload', async () => {
    await seller.approve(approved.orderId);
    await page.waitFor(
      { css: '.cancel-status[data-phase="canceled"], .cancel-status[data-phase="canceling"]' },
      { timeout: DECISION_TIMEOUT_MS },
    );
    await page.waitFor(detailHeading(approved.orderId));
    assert(await sameDocument(), 'the page reloaded or navigated');
  });
  await s.check('the host heard cancel-decided "approved"', async () => {
    await waitForEvent(page, 'my-orders:cancel-decided', { orderId: approved.orderId, outcome: 'approved' });
  });

  const denied = await seller.findOrder('another order the seller must decide on', requestable);
  await s.step('a second request, with a preset reason, shows as requested', async () => {
    await backToList(page);
    await searchFor(page, denied.orderId);
    await openOrder(page, denied.orderId);
    await requestCancellation(
      page,
      denied.orderId,
      { preset: en('cancel.reason.delivery') },
      en('cancel.dialog.confirmRequest'),
    );
    await page.waitFor({ css: '.cancel-status[data-phase="awaiting-seller"]' });
    await expectMockStatus(seller, denied.orderId, ['cancellation-requested']);
  });

  await s.step(
    'the seller denies it with a reason, and the widget shows the denial and the reason without a reload',
    async () => {
      await seller.deny(denied.orderId, DENY_REASON);
      const status = { css: '.cancel-status[data-phase="denied"]' };
      await page.waitFor(status, { timeout: DECISION_TIMEOUT_MS });
      await page.waitFor({ in: status, text: en('timeline.sellerReason', { reason: DENY_REASON }) });
      assert(await sameDocument(), 'the page reloaded or navigated');
      await expectMockStatus(seller, denied.orderId, ['ready-for-handling', 'handling']);
    },
  );
  await page.screenshot('denied');
  await s.check('the host heard cancel-decided "denied" with the seller’s reason', async () => {
    await waitForEvent(page, 'my-orders:cancel-decided', {
      orderId: denied.orderId,
      outcome: 'denied',
      denyReason: DENY_REASON,
    });
  });
  await s.check('after the denial the order can be canceled again (the action is back)', async () => {
    await page.waitFor(cancelButton());
  });
};
