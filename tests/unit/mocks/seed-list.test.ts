/** The shopper list over the seeded store: paging, newest first, and the documented filters. */
import { describe, expect, test } from 'vitest';
import type { WireOrderListItem } from '../../../src/contract/vtex-orders.ts';
import { startMock } from './helpers.ts';

const mock = startMock();
const main = mock.shopper('main');

const ids = (rows: WireOrderListItem[]): string[] => rows.map((row) => row.orderId);

describe('paging', () => {
  test('15 per page by default, newest first, pages adding up to the whole list without repeats', async () => {
    const first = await main.listJson();
    expect(first.list).toHaveLength(15);
    expect(first.paging).toEqual({ total: 60, pages: 4, currentPage: 1, perPage: 15 });
    expect(first.stats.stats.totalValue.Count).toBe(60);
    expect(first.facets).toEqual([]);

    const pages = [first];
    for (let page = 2; page <= 4; page += 1) pages.push(await main.listJson({ page }));
    const all = pages.flatMap((p) => p.list);
    expect(new Set(ids(all)).size).toBe(60);
    expect(ids(all)).toEqual(ids(await main.listAll()));
    const times = all.map((row) => Date.parse(row.creationDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test.each([
    ['per_page=1000', { perPage: 100, currentPage: 1 }],
    ['per_page=0', { perPage: 15, currentPage: 1 }],
    ['per_page=abc&page=-2', { perPage: 15, currentPage: 1 }],
    ['per_page=7&page=3', { perPage: 7, currentPage: 3 }],
  ])('%s is clamped sensibly', async (query, paging) => {
    expect((await main.listJson(query)).paging).toMatchObject(paging);
  });

  test('a page past the end is empty but still says how many there are', async () => {
    expect(await main.listJson({ page: 99 })).toMatchObject({
      list: [],
      paging: { total: 60, pages: 4, currentPage: 99 },
    });
  });
});

describe('filters', () => {
  test('status is repeatable and keeps only those statuses', async () => {
    const all = await main.listAll();
    const wanted = ['invoiced', 'window-to-cancel'];
    const filtered = await main.listAll({ status: wanted });
    expect(filtered.length).toBe(all.filter((row) => wanted.includes(row.status)).length);
    expect(new Set(filtered.map((row) => row.status))).toEqual(new Set(wanted));
  });

  test('text matches order ids and item names, ignoring case', async () => {
    const all = await main.listAll();
    const target = all[20];
    const byId = await main.listAll({ text: target?.orderId.slice(2, 9) ?? '' });
    expect(ids(byId)).toContain(target?.orderId);

    const matcha = await main.listAll({ text: 'MATCHA' });
    expect(matcha.length).toBeGreaterThan(0);
    const details = await Promise.all(matcha.map((row) => main.detailJson(row.orderId)));
    expect(details.every((d) => d.items?.some((item) => item.name.toLowerCase().includes('matcha')))).toBe(true);
    expect(await main.listAll({ text: 'no product is called this' })).toEqual([]);
  });

  test('creation_date takes a closed or open range', async () => {
    const all = await main.listAll();
    const from = '2026-01-01T00:00:00.000Z';
    const to = '2026-05-31T23:59:59.999Z';
    const inside = all.filter(
      (row) => Date.parse(row.creationDate) >= Date.parse(from) && Date.parse(row.creationDate) <= Date.parse(to),
    );
    expect(inside.length).toBeGreaterThan(0);
    expect(ids(await main.listAll({ creation_date: `creationDate:[${from} TO ${to}]` }))).toEqual(ids(inside));
    const since = all.filter((row) => Date.parse(row.creationDate) >= Date.parse(from));
    expect(ids(await main.listAll({ creation_date: `creationDate:[${from} TO *]` }))).toEqual(ids(since));
  });

  test('a malformed creation_date is a 400 with a VTEX error body', async () => {
    const response = await main.list({ creation_date: 'yesterday' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: expect.any(String), message: expect.any(String), exception: null },
    });
  });
});

describe('orders placed close together', () => {
  test('list newest first by the dates the list itself shows, whatever each order’s date precision', async () => {
    for (let placed = 0; placed < 24; placed += 1) {
      expect((await mock.seller.placeOrder({ shopper: 'main' })).status).toBe(201);
      await mock.seller.advanceClock(130);
    }
    const rows = (await main.listJson({ per_page: 30 })).list;
    const times = rows.map((row) => Date.parse(row.creationDate));
    expect(times.every(Number.isFinite)).toBe(true);
    for (let index = 1; index < times.length; index += 1) {
      expect(times[index], `${rows[index - 1]?.creationDate} then ${rows[index]?.creationDate}`).toBeLessThanOrEqual(
        times[index - 1] ?? Number.NaN,
      );
    }
  });
});
