/**
 * Reads everything a shopper can read (every list page at several page sizes, each filter,
 * every order's detail) and validates each body through the ledger.
 */
import type { WireOrderDetail, WireOrderList, WireOrderListItem } from '../../../src/contract/vtex-orders.ts';
import type { Query, ShopperClient } from '../mocks/helpers.ts';
import type { ContractLedger } from './contract-ledger.ts';

const PAGE_SIZES = [1, 7, 15, 25, 100] as const;
const DAY = 86_400_000;

export async function readList(
  client: ShopperClient,
  ledger: ContractLedger,
  query: Query,
  where: string,
): Promise<WireOrderList | null> {
  const response = await client.list(query);
  if (response.status !== 200) {
    ledger.fail(`list ${where}`, `status ${response.status}: ${await response.text()}`);
    return null;
  }
  const json: unknown = await response.json();
  return ledger.list(json, where) ? (json as WireOrderList) : null;
}

export async function readDetail(
  client: ShopperClient,
  ledger: ContractLedger,
  orderId: string,
  where: string,
): Promise<WireOrderDetail | null> {
  const response = await client.detail(orderId);
  if (response.status !== 200) {
    ledger.fail(`detail ${orderId} ${where}`, `status ${response.status}: ${await response.text()}`);
    return null;
  }
  const json: unknown = await response.json();
  if (!ledger.detail(json, `${orderId} ${where}`)) return null;
  const detail = json as WireOrderDetail;
  if (detail.orderId !== orderId) ledger.fail(`detail ${orderId} ${where}`, `answered for ${detail.orderId}`);
  return detail;
}

/** Every page at one page size; checks paging adds up. Returns the rows, or null on failure. */
async function allPages(
  client: ShopperClient,
  ledger: ContractLedger,
  perPage: number,
  where: string,
): Promise<WireOrderListItem[] | null> {
  const rows: WireOrderListItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await readList(client, ledger, { page, per_page: perPage }, `${where} page ${page}/${perPage}`);
    if (!body) return null;
    rows.push(...body.list);
    if (body.paging.currentPage !== page || body.paging.perPage !== perPage) {
      ledger.fail(`list ${where}`, `paging echoes ${JSON.stringify(body.paging)} for page ${page} per_page ${perPage}`);
    }
    if (page >= body.paging.pages) {
      const ids = new Set(rows.map((row) => row.orderId));
      if (ids.size !== rows.length || rows.length !== body.paging.total) {
        ledger.fail(
          `list ${where} per_page ${perPage}`,
          `${rows.length} rows (${ids.size} distinct) for paging.total ${body.paging.total}`,
        );
      }
      // One page past the end is still a valid (empty) list.
      await readList(client, ledger, { page: page + 1, per_page: perPage }, `${where} past the end/${perPage}`);
      return rows;
    }
  }
}

function checkRows(
  ledger: ContractLedger,
  rows: readonly WireOrderListItem[],
  where: string,
  accept: (row: WireOrderListItem) => boolean,
): void {
  for (const row of rows) {
    if ('allowCancellation' in row) ledger.fail(`list ${where}`, `row ${row.orderId} carries allowCancellation`);
    if (!accept(row))
      ledger.fail(`list ${where}`, `row ${row.orderId} (${row.status}, ${row.creationDate}) is outside the filter`);
  }
}

async function filtered(
  client: ShopperClient,
  ledger: ContractLedger,
  query: Record<string, string | readonly string[]>,
  where: string,
  accept: (row: WireOrderListItem) => boolean,
): Promise<void> {
  const body = await readList(client, ledger, { ...query, per_page: 100 }, where);
  if (body) checkRows(ledger, body.list, where, accept);
}

/**
 * Validates every list page and every detail this shopper can read at `now` (the mock
 * clock). Returns the ids of the shopper's listed orders.
 */
export async function sweepShopper(
  client: ShopperClient,
  ledger: ContractLedger,
  now: number,
  stage: string,
): Promise<string[]> {
  await readList(client, ledger, '', `${stage} no query`);
  let rows: WireOrderListItem[] = [];
  for (const perPage of PAGE_SIZES) rows = (await allPages(client, ledger, perPage, stage)) ?? rows;
  checkRows(ledger, rows, stage, () => true);

  const statuses = [...new Set(rows.map((row) => row.status))];
  for (const status of statuses)
    await filtered(client, ledger, { status }, `${stage} status=${status}`, (row) => row.status === status);
  if (statuses.length > 1) {
    const two = statuses.slice(0, 2);
    await filtered(client, ledger, { status: two }, `${stage} status=${two.join('&')}`, (row) =>
      two.includes(row.status),
    );
  }
  const first = rows[0];
  if (first)
    await filtered(
      client,
      ledger,
      { text: first.orderId },
      `${stage} text=${first.orderId}`,
      (row) => row.orderId === first.orderId,
    );
  await filtered(client, ledger, { text: 'no-order-has-this-text' }, `${stage} text matching nothing`, () => false);
  const iso = (ms: number): string => new Date(ms).toISOString();
  const ranges: Array<[string, number, number]> = [
    [`creationDate:[${iso(now - DAY)} TO *]`, now - DAY, Infinity],
    [`creationDate:[* TO ${iso(now - 30 * DAY)}]`, -Infinity, now - 30 * DAY],
    [`creationDate:[${iso(now - 60 * DAY)} TO ${iso(now - 2 * DAY)}]`, now - 60 * DAY, now - 2 * DAY],
  ];
  for (const [range, from, to] of ranges) {
    await filtered(client, ledger, { creation_date: range }, `${stage} ${range}`, (row) => {
      const created = Date.parse(row.creationDate);
      return created >= from && created <= to;
    });
  }

  for (const row of rows) {
    const detail = await readDetail(client, ledger, row.orderId, stage);
    if (detail && (detail.status !== row.status || detail.value !== row.totalValue)) {
      ledger.fail(
        `detail ${row.orderId} ${stage}`,
        `detail ${detail.status}/${detail.value} disagrees with its list row ${row.status}/${row.totalValue}`,
      );
    }
  }
  return rows.map((row) => row.orderId);
}
