/**
 * Rows built from thin or odd list data, as VTEX sends it: many items, `totalItems` 0 beside
 * real items, `items: null`, no currency, no total, an unreadable date.
 */

import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { server, signIn, renderWidget } = useMockBackend();

function item(description: string, quantity: number) {
  return {
    seller: '1',
    quantity,
    description,
    id: description,
    productId: description,
    sellingPrice: 1000,
    price: 1000,
  };
}

function row(orderId: string, fields: Record<string, unknown>) {
  return {
    orderId,
    creationDate: '2026-06-10T10:00:00Z',
    status: 'invoiced',
    totalValue: 1234,
    totalItems: 1,
    currencyCode: 'USD',
    items: [item('Mug', 1)],
    ...fields,
  };
}

const ROWS = [
  row('1000000000001-01', {
    items: ['Mug', 'Plate', 'Bowl', 'Spoon', 'Fork'].map((name) => item(name, 1)),
    totalItems: 5,
  }),
  row('1000000000002-01', { items: [item('Mug', 2), item('Plate', 1)], totalItems: 0 }),
  row('1000000000003-01', { items: null, totalItems: 5 }),
  row('1000000000004-01', { items: null, totalItems: 0 }),
  row('1000000000005-01', { currencyCode: null }),
  row('1000000000006-01', {
    totalValue: null,
    creationDate: '2022-10--05T15:40:33',
    status: 'waiting-for-something-new',
  }),
];

function serveRows(): void {
  server.use(
    http.get('*/api/oms/user/orders', () =>
      HttpResponse.json({ list: ROWS, paging: { total: ROWS.length, pages: 1, currentPage: 1, perPage: 15 } }),
    ),
  );
}

async function renderRows(options: { currency?: string } = {}) {
  serveRows();
  signIn('main');
  const rendered = renderWidget({ locale: 'en', timeZone: 'UTC', ...options });
  await rendered.view.findAllByRole('article');
  const text = (orderId: string, part: string) =>
    normaliseSpaces(
      rendered.view.getByRole('article', { name: `Order ${orderId}` }).querySelector(part)?.textContent ?? null,
    );
  return { ...rendered, text };
}

describe('rows from thin list data', () => {
  it('names two items and counts the rest when there are more than three', async () => {
    const { text } = await renderRows();
    expect(text('1000000000001-01', '.order-row-items')).toBe('Mug, Plate and 3 more');
    expect(text('1000000000001-01', '.order-row-count')).toBe('5 items');
  });

  it('counts units from the item rows when totalItems says 0', async () => {
    const { text } = await renderRows();
    expect(text('1000000000002-01', '.order-row-items')).toBe('Mug and Plate');
    expect(text('1000000000002-01', '.order-row-count')).toBe('3 items');
  });

  it('falls back to totalItems without item rows, and says nothing it cannot prove', async () => {
    const { text } = await renderRows();
    expect(text('1000000000003-01', '.order-row-items')).toBe('Item details are in the order');
    expect(text('1000000000003-01', '.order-row-count')).toBe('5 items');
    expect(text('1000000000004-01', '.order-row-count')).toBe('');
  });

  it('uses the store currency for an order without one, else a plain number', async () => {
    const withStore = await renderRows({ currency: 'BRL' });
    expect(withStore.text('1000000000005-01', '.order-row-money')).toBe('R$12.34');
    expect(withStore.text('1000000000001-01', '.order-row-money')).toBe('$12.34');
  });

  it('shows a plain amount when neither the order nor the store has a currency', async () => {
    const { text } = await renderRows();
    expect(text('1000000000005-01', '.order-row-money')).toBe('12.34');
  });

  it('words a missing total and an unreadable date as unavailable', async () => {
    const { text, view } = await renderRows();
    expect(text('1000000000006-01', '.order-row-money')).toBe('Unavailable');
    expect(text('1000000000006-01', '.order-row-date')).toBe('Placed on Unavailable');
    expect(text('1000000000006-01', '.status-badge')).toBe('Processing');
    expect(
      view.getByRole('article', { name: 'Order 1000000000006-01' }).querySelector('time')?.hasAttribute('datetime'),
    ).toBe(false);
    expect(text('1000000000001-01', '.order-row-date')).toBe('Placed on Jun 10, 2026');
  });
});
