/**
 * Memory the widget keeps:
 * - heap after opening orders: 50 orders opened and closed one after the other (`open()` /
 *   `close()` on the element, product images answered at once); after the 5th and the 50th,
 *   two forced collections and the JS heap in use (CDP `Runtime.getHeapUsage`). The growth from
 *   the 5th to the 50th is what the widget keeps per order it showed.
 * - DOM counters after mount/destroy cycles: `MyOrders.mount()` into a new element, wait for
 *   `my-orders:ready`, `destroy()`, remove the element; CDP `Memory.getDOMCounters` after
 *   forced collections, before the first cycle (on a page that has laid out a date input
 *   once, see below), after the first and after the last.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { collectGarbage, openSample } from '../browser.ts';
import { waitFor } from '../probe.ts';
import { type BenchServer, networkQuiet } from '../server.ts';
import { readListPage } from './timing.ts';

export interface HeapResult {
  /** `usedSize` after forced collections, after the order numbered by the key was opened and closed. */
  usedBytesAfter: Record<number, number>;
  growthBytes: number;
  /**
   * Heap snapshots at the first and the last checkpoint, self sizes summed by kind: what the
   * growth is made of (`objects`: the page's JS objects, closures and arrays; `code`: compiled
   * and optimised code; `native`: the engine's and Blink's own, such as resource timing entries
   * and the DevTools network log the driver keeps).
   */
  snapshotBytes: Record<number, SnapshotKinds>;
  /**
   * What grew most from the first snapshot to the last, by kind and name (a constructor, a
   * function, a string's start, a code object's name), self sizes summed: where to look.
   */
  grewMost: GrowthEntry[];
  orders: string[];
}

export interface GrowthEntry {
  kind: string;
  name: string;
  bytes: number;
  count: number;
}

export interface SnapshotKinds {
  objects: number;
  strings: number;
  code: number;
  native: number;
  other: number;
}

export interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

export interface DomCountersResult {
  cycles: number;
  start: DomCounters;
  afterFirst: DomCounters;
  afterAll: DomCounters;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await collectGarbage(cdp);
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Snapshot {
  kinds: SnapshotKinds;
  /** Self sizes and counts by `kind name` (a name cut to 60 characters). */
  byName: Map<string, { bytes: number; count: number }>;
}

/** The entries that grew most between two snapshots. */
function growth(before: Snapshot, after: Snapshot, top = 25): GrowthEntry[] {
  const entries: GrowthEntry[] = [];
  for (const [key, { bytes, count }] of after.byName) {
    const was = before.byName.get(key) ?? { bytes: 0, count: 0 };
    const [kind = '', ...rest] = key.split(' ');
    entries.push({ kind, name: rest.join(' '), bytes: bytes - was.bytes, count: count - was.count });
  }
  return entries.sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

/** A heap snapshot, summed by kind of node (self sizes). */
async function snapshotKinds(cdp: CDPSession): Promise<Snapshot> {
  await collectGarbage(cdp);
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const nameAt = fields.indexOf('name');
  const kinds: SnapshotKinds = { objects: 0, strings: 0, code: 0, native: 0, other: 0 };
  const byName = new Map<string, { bytes: number; count: number }>();
  for (let index = 0; index < nodes.length; index += fields.length) {
    const type = types[nodes[index + typeAt] ?? -1] ?? '';
    const size = nodes[index + sizeAt] ?? 0;
    const key = `${type} ${(strings[nodes[index + nameAt] ?? -1] ?? '').slice(0, 60).replace(/\s+/g, ' ')}`;
    const entry = byName.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += size;
    entry.count += 1;
    byName.set(key, entry);
    if (['object', 'closure', 'array', 'regexp', 'number', 'bigint', 'object shape'].includes(type))
      kinds.objects += size;
    else if (type.includes('string')) kinds.strings += size;
    else if (type === 'code') kinds.code += size;
    else if (type === 'native') kinds.native += size;
    else kinds.other += size;
  }
  return { kinds, byName };
}

async function domCounters(cdp: CDPSession): Promise<DomCounters> {
  await collectGarbage(cdp);
  const counters = await cdp.send('Memory.getDOMCounters');
  return { documents: counters.documents, nodes: counters.nodes, jsEventListeners: counters.jsEventListeners };
}

type Widget = HTMLElement & { open(orderId: string): void; close(): void };

export async function runHeap(options: {
  browser: Browser;
  server: BenchServer;
  orders: number;
  checkpoints: readonly number[];
}): Promise<HeapResult> {
  const { server } = options;
  const ids: string[] = [];
  for (let page = 1; ids.length < options.orders; page += 1) {
    const found = (await readListPage(server, page)).ids;
    if (found.length === 0) throw new Error(`the shopper has fewer than ${options.orders} orders`);
    ids.push(...found);
  }
  const orders = ids.slice(0, options.orders);
  const sample = await openSample(options.browser, { cpuRate: 1 });
  const { page, cdp } = sample;
  try {
    await page.goto(`${server.origin}/bench/widget.html`, { waitUntil: 'commit' });
    await waitFor(page, { kind: 'list' });
    await networkQuiet(server, 300);
    const usedBytesAfter: Record<number, number> = {};
    const snapshotBytes: Record<number, SnapshotKinds> = {};
    const snapshots: Snapshot[] = [];
    const edges = [options.checkpoints[0], options.checkpoints[options.checkpoints.length - 1]];
    for (const [index, orderId] of orders.entries()) {
      await page.evaluate((id) => (document.querySelector('my-orders') as Widget).open(id), orderId);
      await waitFor(page, { kind: 'detail', orderId });
      await page.evaluate(() => (document.querySelector('my-orders') as Widget).close());
      await waitFor(page, { kind: 'list' });
      if (options.checkpoints.includes(index + 1)) {
        await networkQuiet(server, 300);
        usedBytesAfter[index + 1] = await heapUsed(cdp);
        if (edges.includes(index + 1)) {
          const taken = await snapshotKinds(cdp);
          snapshots.push(taken);
          snapshotBytes[index + 1] = taken.kinds;
        }
      }
    }
    const [from, to] = [options.checkpoints[0] ?? 0, options.checkpoints[options.checkpoints.length - 1] ?? 0];
    return {
      usedBytesAfter,
      growthBytes: (usedBytesAfter[to] ?? 0) - (usedBytesAfter[from] ?? 0),
      snapshotBytes,
      grewMost: snapshots[0] && snapshots[1] ? growth(snapshots[0], snapshots[1]) : [],
      orders,
    };
  } finally {
    await sample.close();
  }
}

interface MountApi {
  MyOrders: { mount(element: HTMLElement, options?: { locale?: string }): { destroy(): void } };
}

export async function runDomCounters(options: {
  browser: Browser;
  server: BenchServer;
  cycles: number;
}): Promise<DomCountersResult> {
  const sample = await openSample(options.browser, { cpuRate: 1, probe: false });
  const { page, cdp } = sample;
  const cycle = (count: number) =>
    page.evaluate(async (times) => {
      const { MyOrders } = window as unknown as MountApi;
      for (let index = 0; index < times; index += 1) {
        const element = document.createElement('div');
        document.querySelector('main')?.append(element);
        const ready = new Promise((resolve) => element.addEventListener('my-orders:ready', resolve, { once: true }));
        const handle = MyOrders.mount(element, { locale: 'en' });
        await ready;
        handle.destroy();
        element.remove();
      }
    }, count);
  try {
    await page.goto(`${options.server.origin}/bench/mount.html`, { waitUntil: 'load' });
    // Chromium keeps a document (and 4 nodes) for date inputs once one has been laid out: the
    // browser's, not the widget's (its filter form has two). Start from a page that had one.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const input = document.createElement('input');
          input.type = 'date';
          document.body.append(input);
          input.getBoundingClientRect();
          requestAnimationFrame(() => {
            input.remove();
            resolve();
          });
        }),
    );
    const start = await domCounters(cdp);
    await cycle(1);
    const afterFirst = await domCounters(cdp);
    await cycle(options.cycles - 1);
    const afterAll = await domCounters(cdp);
    return { cycles: options.cycles, start, afterFirst, afterAll };
  } finally {
    await sample.close();
  }
}
