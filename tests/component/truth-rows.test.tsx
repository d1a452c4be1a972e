/**
 * Issue #11, finding 3 (the rows' part): a row says no more than the list carries. A shipped
 * order whose row has VTEX's `ShippingEstimatedDate` says when it should arrive ("Arriving by",
 * or "Expected by" once that day has passed: the list cannot tell whether it came); a row never
 * says "Delivered" from list data alone (the list carries no courier data).
 */

import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectedDate } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { server, signIn, renderWidget } = useMockBackend();

const DAY = 86_400_000;
/** Noon UTC, so the calendar day is the same in the `time-zone` the test sets (UTC). */
const NOW = Date.UTC(2026, 5, 15, 12);
const iso = (ms: number) => new Date(ms).toISOString();

function row(orderId: string, fields: Record<string, unknown>) {
  return {
    orderId,
    creationDate: iso(NOW - 10 * DAY),
    status: 'invoiced',
    totalValue: 1234,
    totalItems: 1,
    currencyCode: 'USD',
    items: [{ seller: '1', quantity: 1, description: 'Mug', id: '1', productId: '1', sellingPrice: 1234, price: 1234 }],
    ShippingEstimatedDate: null,
    ...fields,
  };
}

const ROWS = [
  row('2000000000001-01', { ShippingEstimatedDate: iso(NOW + 3 * DAY) }),
  row('2000000000002-01', { ShippingEstimatedDate: iso(NOW - 4 * DAY) }),
  row('2000000000003-01', {}),
  row('2000000000004-01', { status: 'handling', ShippingEstimatedDate: iso(NOW + 5 * DAY) }),
];

async function renderRows() {
  server.use(
    http.get('*/api/oms/user/orders', () =>
      HttpResponse.json(
        { list: ROWS, paging: { total: ROWS.length, pages: 1, currentPage: 1, perPage: 15 } },
        // The store's clock: "passed" is measured from it, not from the device.
        { headers: { Date: new Date(NOW).toUTCString() } },
      ),
    ),
  );
  signIn('main');
  const rendered = renderWidget({ locale: 'en', timeZone: 'UTC' });
  await rendered.view.findAllByRole('article');
  const text = (orderId: string) =>
    normaliseSpaces(rendered.view.getByRole('article', { name: `Order ${orderId}` }).textContent);
  const arrival = (orderId: string) =>
    normaliseSpaces(
      rendered.view.getByRole('article', { name: `Order ${orderId}` }).querySelector('.order-row-arrival')?.textContent,
    );
  return { ...rendered, text, arrival };
}

describe('what a row says of delivery (finding 3)', () => {
  it('a shipped order with an estimate ahead says "Arriving by" that day', async () => {
    const { arrival } = await renderRows();
    expect(arrival('2000000000001-01')).toBe(`Arriving by ${expectedDate(iso(NOW + 3 * DAY), 0, 'en')}`);
  });

  it('an estimate that has passed is said as what was expected, not as a promise', async () => {
    const { arrival } = await renderRows();
    expect(arrival('2000000000002-01')).toBe(`Expected by ${expectedDate(iso(NOW - 4 * DAY), 0, 'en')}`);
  });

  it('without an estimate, or before shipping, the row says nothing of arrival', async () => {
    const { arrival } = await renderRows();
    expect(arrival('2000000000003-01')).toBe('');
    expect(arrival('2000000000004-01')).toBe('');
  });

  it('never says "Delivered" from list data alone', async () => {
    const { text, view } = await renderRows();
    for (const { orderId } of ROWS) expect(text(orderId)).not.toMatch(/deliver/i);
    expect(view.getAllByText('Shipped', { selector: '.status-badge' })).toHaveLength(3);
  });
});
