/**
 * What a shopper waits for, the widget against the hand-written page, interleaved: sample i
 * runs both pages back to back (widget first on even i, the page first on odd i), each in a
 * fresh browser context at the same CPU throttling.
 *
 * - first list paint: navigation start to the frame that drew the 15th row;
 * - open an order, first time: after the list has been quiet for `thinkMs` (the shopper reads),
 *   a click on the first row to the frame that drew its detail (heading, cancellation, payment);
 * - open an order, part cached: Back, then the second row, the same way;
 * - page turn: from a list at page p - 1 (deep link / `?page=`, loaded at full speed, then
 *   throttled), Next to the frame that drew page p's 15 rows, with the mutation records inside
 *   the shadow root from the click to two frames later.
 */
import type { Browser } from 'playwright-core';
import { openSample } from '../browser.ts';
import { clickAndWait, waitFor } from '../probe.ts';
import { type BenchServer, networkQuiet } from '../server.ts';

export type Variant = 'widget' | 'baseline';
export const VARIANTS: readonly Variant[] = ['widget', 'baseline'];

const SESSION = 'VtexIdclientAutCookie=mock-session-mariana-costa';

export interface ListSample {
  firstPaintMs: number;
  openFirstMs?: number;
  openCachedMs?: number;
  /** The order part had been requested before the first click (a prefetch). */
  partRequestedBeforeOpen?: boolean;
}

export interface PageTurnSample {
  ms: number;
  records: number;
  recordsByType: { childList: number; attributes: number; characterData: number };
}

export interface RefetchSample {
  records: number;
  outsideStamp: number;
}

export interface Timed<T> {
  widget: T[];
  baseline: T[];
}

export interface ListPage {
  ids: string[];
  statuses: string[];
}

/** A page of the shopper's list as the API answers it (the bench server's memo keeps it). */
export async function readListPage(server: BenchServer, page: number): Promise<ListPage> {
  const response = await fetch(`${server.origin}/api/oms/user/orders?page=${page}&per_page=15`, {
    headers: { cookie: SESSION },
  });
  const json = (await response.json()) as { list: { orderId: string; status: string }[] };
  return { ids: json.list.map((row) => row.orderId), statuses: json.list.map((row) => row.status) };
}

function order(index: number): readonly Variant[] {
  return index % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
}

function url(server: BenchServer, variant: Variant, page?: number): string {
  if (page === undefined) return `${server.origin}/bench/${variant === 'widget' ? 'widget.html' : 'baseline.html'}`;
  return variant === 'widget'
    ? `${server.origin}/bench/widget-deep-link.html#my-orders/list?page=${page}`
    : `${server.origin}/bench/baseline.html?page=${page}`;
}

export interface ListRunOptions {
  browser: Browser;
  server: BenchServer;
  n: number;
  cpuRate: number;
  /** Also open two orders after the list (first time, then with the part cached). */
  openOrders: boolean;
  thinkMs: number;
  progress(text: string): void;
}

async function listSample(options: ListRunOptions, variant: Variant, first: ListPage): Promise<ListSample> {
  const { server } = options;
  const sample = await openSample(options.browser, { cpuRate: options.cpuRate });
  try {
    server.clearLog();
    await sample.page.goto(url(server, variant), { waitUntil: 'commit' });
    const list = await sample.page.evaluate(() => window.__bench.milestone('list'));
    const result: ListSample = { firstPaintMs: list.paintAt };
    if (!options.openOrders) return result;
    const [firstId, secondId] = first.ids;
    if (!firstId || !secondId) throw new Error('the first page has fewer than two orders');
    await networkQuiet(server, options.thinkMs);
    result.partRequestedBeforeOpen = server.log.some((entry) => entry.url.includes('/parts/order-part'));
    const opened = await clickAndWait(sample.page, '.order-row-open', { kind: 'detail', orderId: firstId }, 0);
    result.openFirstMs = opened.timing.paintAt - opened.clickedAt;
    await clickAndWait(sample.page, '.detail-back', { kind: 'list' });
    await networkQuiet(server, 300);
    const again = await clickAndWait(sample.page, '.order-row-open', { kind: 'detail', orderId: secondId }, 1);
    result.openCachedMs = again.timing.paintAt - again.clickedAt;
    return result;
  } finally {
    await sample.close();
  }
}

export async function runListSamples(options: ListRunOptions): Promise<Timed<ListSample>> {
  const first = await readListPage(options.server, 1);
  const samples: Timed<ListSample> = { widget: [], baseline: [] };
  for (let index = 0; index < options.n; index += 1) {
    for (const variant of order(index)) samples[variant].push(await listSample(options, variant, first));
    options.progress(`${index + 1}/${options.n}`);
  }
  return samples;
}

export interface PageTurnOptions {
  browser: Browser;
  /** A server with a long history (pages up to 133 at least). */
  server: BenchServer;
  n: number;
  cpuRate: number;
  pages: readonly number[];
  progress(text: string): void;
}

async function pageTurnSample(
  options: PageTurnOptions,
  variant: Variant,
  target: number,
  before: ListPage,
  after: ListPage,
): Promise<PageTurnSample> {
  const { server } = options;
  // The page loads at full speed (the load is not what is measured); the turn runs throttled.
  const sample = await openSample(options.browser, { cpuRate: 1 });
  try {
    await sample.page.goto(url(server, variant, target - 1), { waitUntil: 'commit' });
    const condition = (ids: string[]) => ({
      kind: 'page' as const,
      firstId: ids[0] ?? '',
      lastId: ids[ids.length - 1] ?? '',
      rows: ids.length,
    });
    await waitFor(sample.page, condition(before.ids));
    await networkQuiet(server, 300);
    await sample.cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
    const turned = await clickAndWait(sample.page, '.pagination > button:last-child', condition(after.ids));
    const { childList, attributes, characterData } = turned.records;
    return {
      ms: turned.timing.paintAt - turned.clickedAt,
      records: turned.records.total,
      recordsByType: { childList, attributes, characterData },
    };
  } finally {
    await sample.close();
  }
}

export async function runPageTurns(options: PageTurnOptions): Promise<Record<number, Timed<PageTurnSample>>> {
  const results: Record<number, Timed<PageTurnSample>> = {};
  for (const target of options.pages) {
    const before = await readListPage(options.server, target - 1);
    const after = await readListPage(options.server, target);
    if (after.ids.length !== 15) throw new Error(`page ${target} has ${after.ids.length} orders, not 15`);
    const samples: Timed<PageTurnSample> = { widget: [], baseline: [] };
    for (let index = 0; index < options.n; index += 1) {
      for (const variant of order(index)) {
        samples[variant].push(await pageTurnSample(options, variant, target, before, after));
      }
      options.progress(`page ${target}: ${index + 1}/${options.n}`);
    }
    results[target] = samples;
  }
  return results;
}

/** Statuses the seller can still cancel, so the row's badge changes to "Canceled". */
const CANCELABLE_BY_SELLER = new Set(['ready-for-handling', 'start-handling', 'handling', 'window-to-cancel']);

/**
 * Re-fetch with one changed order: the list on page 1, the seller cancels one of its orders,
 * then the shopper asks again (Search with the same filters): records from the click until
 * two frames after the changed badge is drawn. Each sample starts from a fresh backend.
 */
export async function runRefetch(options: {
  browser: Browser;
  server: BenchServer;
  n: number;
  progress(text: string): void;
}): Promise<Timed<RefetchSample>> {
  const { server } = options;
  const samples: Timed<RefetchSample> = { widget: [], baseline: [] };
  for (let index = 0; index < options.n; index += 1) {
    for (const variant of order(index)) {
      server.backend.reset();
      server.forget();
      const first = await readListPage(server, 1);
      const changed = first.ids.find((_, at) => CANCELABLE_BY_SELLER.has(first.statuses[at] ?? ''));
      if (!changed) throw new Error('no order on page 1 that the seller can cancel');
      const sample = await openSample(options.browser, { cpuRate: 1 });
      try {
        await sample.page.goto(url(server, variant), { waitUntil: 'commit' });
        await waitFor(sample.page, { kind: 'list' });
        await networkQuiet(server, 300);
        const canceled = await server.call('POST', `/api/oms/pvt/orders/${changed}/cancel`, { reason: 'bench' });
        if (canceled.status !== 200) throw new Error(`the seller's cancel answered ${canceled.status}`);
        const again = await clickAndWait(sample.page, '.order-filters button[type="submit"]', {
          kind: 'row-stage',
          orderId: changed,
          stage: 'canceled',
        });
        samples[variant].push({ records: again.records.total, outsideStamp: again.records.outsideStamp });
      } finally {
        await sample.close();
      }
    }
    options.progress(`${index + 1}/${options.n}`);
  }
  server.backend.reset();
  server.forget();
  return samples;
}
