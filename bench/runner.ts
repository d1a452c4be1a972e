/**
 * `npm run bench` (bench/run.mjs builds the script, then calls `runBench`): every measure of
 * issue #14, the table with the goal beside each figure, and bench/results.json with every
 * raw sample, the machine's core count and load, and the commit.
 *
 * Settings (environment): BENCH_N (samples per measure, default 15), BENCH_THINK_MS (how long
 * the list is quiet before the first order is opened, default 1000), BENCH_ONLY (a comma list
 * of sections: bytes, list, list1x, pages, refetch, journeys, heap, dom).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { type FileBytes, floorBytes, scriptBytes } from './bytes.ts';
import { type Journeys, runJourneys } from './measures/journeys.ts';
import { type DomCountersResult, type HeapResult, runDomCounters, runHeap } from './measures/memory.ts';
import {
  type ListSample,
  type PageTurnSample,
  type RefetchSample,
  runListSamples,
  runPageTurns,
  runRefetch,
  type Timed,
} from './measures/timing.ts';
import { bytes, type Figure, formatTable, ms, times } from './report.ts';
import { startBenchServer } from './server.ts';
import { type Comparison, compare, summarise } from './stats.ts';

/** The goals of issue #14. */
export const GOALS = {
  firstPaintRatio: 1.1,
  openOrderRatio: 1.5,
  pageTurnRatio: 1.5,
  /** "Flat": the widget's page turn at any page at most this times its turn to page 2. */
  pageTurnFlat: 1.2,
  pageTurnRecords: 5,
  refetchRecordsOutsideStamp: 3,
  scriptGzipBytes: 30 * 1024,
  /** The order part's gzip -9 size when issue #14 was opened ("today's 17.5 kB"). */
  orderPartGzipBytes: 17_505,
  heapGrowthBytes: 100_000,
} as const;

const SECTIONS = ['bytes', 'list', 'list1x', 'pages', 'refetch', 'journeys', 'heap', 'dom'] as const;
type Section = (typeof SECTIONS)[number];

const PAGE_TURNS = [2, 50, 133] as const;
/** Orders placed for the long history: pages up to 137 at 15 per page. */
const HISTORY_ORDERS = 2000;

export interface BenchOptions {
  root: string;
  /** Folder with `my-orders.js` and `parts/`. */
  distDir: string;
  /** How that folder was made (built from the working tree, or a copy of dist/). */
  widgetSource: string;
}

interface Raw {
  bytes?: { script: FileBytes; parts: FileBytes[]; floor: FileBytes };
  list4x?: Timed<ListSample>;
  list1x?: Timed<ListSample>;
  pageTurns?: Record<number, Timed<PageTurnSample>>;
  refetch?: Timed<RefetchSample>;
  journeys?: Journeys;
  heap?: HeapResult;
  domCounters?: DomCountersResult;
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function settingNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function sections(): Set<Section> {
  const only = process.env.BENCH_ONLY?.split(',').map((one) => one.trim()) ?? [];
  const chosen = SECTIONS.filter((section) => only.length === 0 || only.includes(section));
  return new Set(chosen);
}

function ratioFigure(
  id: string,
  measure: string,
  comparison: Comparison,
  goal: number,
  extra: Partial<Figure> = {},
): Figure {
  const { ratio } = comparison;
  return {
    id,
    measure,
    widget: ms(comparison.widget.median),
    baseline: ms(comparison.baseline.median),
    ratio: `${times(ratio.median)} [${times(ratio.q1)}–${times(ratio.q3)}]`,
    goal: `≤ ${times(goal)}`,
    met: ratio.median <= goal,
    ...extra,
  };
}

function pick<T>(timed: Timed<T>, value: (sample: T) => number | undefined): { widget: number[]; baseline: number[] } {
  const numbers = (samples: T[]) =>
    samples.map(value).filter((one): one is number => one !== undefined && Number.isFinite(one));
  return { widget: numbers(timed.widget), baseline: numbers(timed.baseline) };
}

function figuresOf(raw: Raw): { figures: Figure[]; comparisons: Record<string, Comparison> } {
  const figures: Figure[] = [];
  const comparisons: Record<string, Comparison> = {};
  const comparison = (id: string, samples: { widget: number[]; baseline: number[] }) => {
    const result = compare(samples.widget, samples.baseline);
    comparisons[id] = result;
    return result;
  };
  if (raw.list4x) {
    const list = raw.list4x;
    figures.push(
      ratioFigure(
        'first-paint-4x',
        'first list paint, CPU 4x',
        comparison(
          'first-paint-4x',
          pick(list, (s) => s.firstPaintMs),
        ),
        GOALS.firstPaintRatio,
      ),
    );
    if (raw.list1x) {
      figures.push(
        ratioFigure(
          'first-paint-1x',
          'first list paint, CPU 1x',
          comparison(
            'first-paint-1x',
            pick(raw.list1x, (s) => s.firstPaintMs),
          ),
          GOALS.firstPaintRatio,
        ),
      );
    }
    const prefetched = list.widget.filter((sample) => sample.partRequestedBeforeOpen).length;
    figures.push(
      ratioFigure(
        'open-first',
        `open an order, first time, 4x (part prefetched in ${prefetched}/${list.widget.length})`,
        comparison(
          'open-first',
          pick(list, (s) => s.openFirstMs),
        ),
        GOALS.openOrderRatio,
      ),
      ratioFigure(
        'open-cached',
        'open an order, part cached, 4x',
        comparison(
          'open-cached',
          pick(list, (s) => s.openCachedMs),
        ),
        GOALS.openOrderRatio,
      ),
    );
  } else if (raw.list1x) {
    figures.push(
      ratioFigure(
        'first-paint-1x',
        'first list paint, CPU 1x',
        comparison(
          'first-paint-1x',
          pick(raw.list1x, (s) => s.firstPaintMs),
        ),
        GOALS.firstPaintRatio,
      ),
    );
  }
  if (raw.pageTurns) {
    const widgetMedians: number[] = [];
    for (const [page, timed] of Object.entries(raw.pageTurns)) {
      const result = comparison(
        `page-turn-${page}`,
        pick(timed, (s) => s.ms),
      );
      widgetMedians.push(result.widget.median);
      figures.push(ratioFigure(`page-turn-${page}`, `page turn to page ${page}, 4x`, result, GOALS.pageTurnRatio));
    }
    const first = widgetMedians[0] ?? Number.NaN;
    const worst = Math.max(...widgetMedians);
    figures.push({
      id: 'page-turn-flat',
      measure: `page turn flat: slowest page / page ${PAGE_TURNS[0]} (widget)`,
      widget: times(worst / first),
      baseline: '',
      ratio: '',
      goal: `≤ ${times(GOALS.pageTurnFlat)}`,
      met: worst / first <= GOALS.pageTurnFlat,
    });
    const records = Object.values(raw.pageTurns).flatMap((timed) => pick(timed, (s) => s.records).widget);
    const baselineRecords = Object.values(raw.pageTurns).flatMap((timed) => pick(timed, (s) => s.records).baseline);
    const widgetRecords = summarise(records);
    figures.push({
      id: 'page-turn-records',
      measure: 'page turn DOM records (median, all pages)',
      widget: String(widgetRecords.median),
      baseline: String(summarise(baselineRecords).median),
      ratio: '',
      goal: `≤ ${GOALS.pageTurnRecords}`,
      met: widgetRecords.median <= GOALS.pageTurnRecords,
    });
  }
  if (raw.refetch) {
    const outside = summarise(pick(raw.refetch, (s) => s.outsideStamp).widget);
    const all = summarise(pick(raw.refetch, (s) => s.records).widget);
    figures.push({
      id: 'refetch-records',
      measure: `re-fetch, one order changed: records outside the stamp (all: ${all.median})`,
      widget: String(outside.median),
      baseline: String(summarise(pick(raw.refetch, (s) => s.outsideStamp).baseline).median),
      ratio: '',
      goal: `≤ ${GOALS.refetchRecordsOutsideStamp}`,
      met: outside.median <= GOALS.refetchRecordsOutsideStamp,
    });
  }
  if (raw.bytes) {
    const { script, parts, floor } = raw.bytes;
    figures.push({
      id: 'bytes-script',
      measure: 'script, gzip -9 (brotli 11)',
      widget: `${bytes(script.gzip)} (${bytes(script.brotli)})`,
      baseline: `${bytes(floor.gzip)} (${bytes(floor.brotli)})`,
      ratio: '',
      goal: `≤ ${bytes(GOALS.scriptGzipBytes)}`,
      met: script.gzip <= GOALS.scriptGzipBytes,
    });
    figures.push({
      id: 'bytes-own-code',
      measure: 'own code over the floor, gzip -9 (brotli 11)',
      widget: `${bytes(script.gzip - floor.gzip)} (${bytes(script.brotli - floor.brotli)})`,
      baseline: '',
      ratio: '',
      goal: '',
    });
    for (const part of parts) {
      const isOrderPart = part.file.startsWith('parts/order-part');
      figures.push({
        id: `bytes-${part.file.replace(/^parts\/|-[\w-]{8}\.js$/g, '')}`,
        measure: `${part.file}, gzip -9 (brotli 11)`,
        widget: `${bytes(part.gzip)} (${bytes(part.brotli)})`,
        baseline: '',
        ratio: '',
        goal: isOrderPart ? `≤ ${bytes(GOALS.orderPartGzipBytes)}` : '',
        met: isOrderPart ? part.gzip <= GOALS.orderPartGzipBytes : undefined,
      });
    }
  }
  if (raw.journeys) {
    const { hourWaitingForSeller, ...steps } = raw.journeys;
    for (const [name, count] of Object.entries(steps)) {
      figures.push({
        id: `requests-${name}`,
        measure: `requests: ${name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace('60s', ' 60 s')}`,
        widget: `${count.api} api + ${count.code} code`,
        baseline: '',
        ratio: '',
        goal: '',
      });
    }
    figures.push({
      id: 'requests-hour',
      measure: 'requests: one hour waiting for the seller (virtual clock)',
      widget: `${hourWaitingForSeller.api} api`,
      baseline: '',
      ratio: '',
      goal: '',
    });
  }
  if (raw.heap) {
    const checkpoints = Object.keys(raw.heap.usedBytesAfter);
    const [from, to] = [checkpoints[0], checkpoints[checkpoints.length - 1]];
    figures.push({
      id: 'heap-growth',
      measure: `heap growth, order ${from} to ${to} (after GC)`,
      widget: bytes(raw.heap.growthBytes),
      baseline: '',
      ratio: '',
      goal: `< ${bytes(GOALS.heapGrowthBytes)}`,
      met: raw.heap.growthBytes < GOALS.heapGrowthBytes,
    });
    const first = raw.heap.snapshotBytes[Number(from)];
    const last = raw.heap.snapshotBytes[Number(to)];
    if (first && last) {
      const grew = (kind: keyof typeof first) => bytes(last[kind] - first[kind]);
      figures.push({
        id: 'heap-growth-kinds',
        measure: '  of which (snapshots): JS objects / strings / code / native',
        widget: `${grew('objects')} / ${grew('strings')} / ${grew('code')} / ${grew('native')}`,
        baseline: '',
        ratio: '',
        goal: '',
      });
    }
  }
  if (raw.domCounters) {
    const { start, afterFirst, afterAll, cycles } = raw.domCounters;
    const delta = (key: keyof typeof start) => afterAll[key] - start[key];
    const perCycle = (key: keyof typeof start) => afterAll[key] - afterFirst[key];
    figures.push({
      id: 'dom-counters',
      measure: `DOM counters after ${cycles} mount/destroy cycles, Δ nodes/docs/listeners (from cycle 1)`,
      widget: `${delta('nodes')} / ${delta('documents')} / ${delta('jsEventListeners')} (${perCycle('nodes')} / ${perCycle('documents')} / ${perCycle('jsEventListeners')})`,
      baseline: '',
      ratio: '',
      goal: '0 / 0 / 0',
      met: delta('nodes') <= 0 && delta('documents') <= 0 && delta('jsEventListeners') <= 0,
    });
  }
  return { figures, comparisons };
}

export async function runBench(options: BenchOptions): Promise<void> {
  const { root, distDir } = options;
  const n = settingNumber('BENCH_N', 15);
  const thinkMs = settingNumber('BENCH_THINK_MS', 1000);
  const chosen = sections();
  const began = Date.now();
  const loadStart = os.loadavg();
  // Read at the start: others may commit while the bench runs.
  const commit = git(root, ['rev-parse', 'HEAD']);
  const progress = (section: string) => (text: string) =>
    console.log(`  ${section} ${text} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  const raw: Raw = {};
  /** The machine's load when each section started: other work on the machine shows here. */
  const loadBySection: Record<string, number[]> = {};
  const start = (section: Section, text: string) => {
    loadBySection[section] = os.loadavg();
    console.log(text);
  };

  if (chosen.has('bytes')) {
    start('bytes', 'bytes: the script, its parts and the stack floor');
    raw.bytes = { ...scriptBytes(distDir), floor: await floorBytes(root) };
  }

  const pagesDir = join(root, 'bench', 'pages');
  const server = await startBenchServer({ distDir, pagesDir });
  const browser = await launchBrowser();
  try {
    if (chosen.has('list')) {
      start('list', `list and orders at CPU 4x, n = ${n}`);
      raw.list4x = await runListSamples({
        browser,
        server,
        n,
        cpuRate: 4,
        openOrders: true,
        thinkMs,
        progress: progress('list 4x'),
      });
    }
    if (chosen.has('list1x')) {
      start('list1x', `list at CPU 1x, n = ${n}`);
      raw.list1x = await runListSamples({
        browser,
        server,
        n,
        cpuRate: 1,
        openOrders: false,
        thinkMs,
        progress: progress('list 1x'),
      });
    }
    if (chosen.has('refetch')) {
      const refetchN = Math.min(n, 5);
      start('refetch', `re-fetch with one changed order, n = ${refetchN}`);
      raw.refetch = await runRefetch({ browser, server, n: refetchN, progress: progress('re-fetch') });
    }
    if (chosen.has('pages')) {
      start(
        'pages',
        `page turns at CPU 4x, pages ${PAGE_TURNS.join('/')}, n = ${n} (placing ${HISTORY_ORDERS} orders first)`,
      );
      const history = await startBenchServer({ distDir, pagesDir, extraOrders: HISTORY_ORDERS });
      try {
        raw.pageTurns = await runPageTurns({
          browser,
          server: history,
          n,
          cpuRate: 4,
          pages: PAGE_TURNS,
          progress: progress('page turn'),
        });
      } finally {
        await history.close();
      }
    }
    if (chosen.has('journeys')) {
      start('journeys', 'requests per journey');
      raw.journeys = await runJourneys({ browser, server, quietMs: 1000, progress: progress('journeys') });
    }
    if (chosen.has('heap')) {
      start('heap', 'heap after opening 50 orders');
      raw.heap = await runHeap({ browser, server, orders: 50, checkpoints: [5, 10, 20, 30, 40, 50] });
    }
    if (chosen.has('dom')) {
      start('dom', 'DOM counters after 100 mount/destroy cycles');
      raw.domCounters = await runDomCounters({ browser, server, cycles: 100 });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const { figures, comparisons } = figuresOf(raw);
  // Uncommitted changes matter only when the widget was built from the working tree.
  const fromWorkingTree = options.widgetSource.startsWith('built from the working tree');
  const changed = fromWorkingTree ? git(root, ['status', '--porcelain', '--', 'src', 'scripts']) : '';
  const results = {
    date: new Date().toISOString(),
    commit,
    /** Files under src/ or scripts/ that differ from the commit (the widget was built from them). */
    uncommitted: changed ? changed.split('\n').length : 0,
    widget: options.widgetSource,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      loadavgStart: loadStart,
      loadavgEnd: os.loadavg(),
      loadavgBySection: loadBySection,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: {
      n,
      thinkMs,
      cpuRates: [4, 1],
      pageTurns: PAGE_TURNS,
      historyOrders: HISTORY_ORDERS,
      sections: [...chosen],
      ratio: 'median of per-pair ratios (widget / hand-written, same sample index, run back to back), [IQR]',
    },
    goals: GOALS,
    seconds: Math.round((Date.now() - began) / 1000),
    figures,
    comparisons,
    raw,
  };
  const file = join(root, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
      cwd: root,
      stdio: 'ignore',
    });
  } catch {
    // Unformatted JSON is still the results; `npm run lint` will say so.
  }
  console.log(`\n${formatTable(figures)}\n`);
  const missed = figures.filter((figure) => figure.met === false).length;
  console.log(
    `${missed === 0 ? 'every goal met' : `${missed} goal(s) missed`}; ${results.machine.cpus} cores, load ${loadStart
      .map((one) => one.toFixed(2))
      .join(' ')} at the start; commit ${commit.slice(0, 7)}${results.uncommitted ? ' + uncommitted changes' : ''}; ` +
      `${results.seconds} s; raw samples in bench/results.json`,
  );
}
