/**
 * Requests per journey, counted at the bench server: each step of a shopper's visit runs
 * until the network has been silent for `quietMs`, and every request that arrived in the
 * meantime is that step's. One hour of waiting for the seller's decision runs on a virtual
 * clock in the page (Playwright's `page.clock`): the page's timers fire in order of their due
 * time, and after each one the runner lets the requests it started finish (and the page handle
 * the answers) before the clock moves on, so the count is what an hour of real time would send.
 */
import type { Browser, Page } from 'playwright-core';
import { openSample } from '../browser.ts';
import { clickAndWait, waitFor } from '../probe.ts';
import { type BenchServer, type LoggedRequest, networkQuiet } from '../server.ts';
import { readListPage } from './timing.ts';

export interface RequestCount {
  /** Calls to the store's API (`/api/...`). */
  api: number;
  /** The widget's own files (the script and its parts). */
  code: number;
  /** Each request, `METHOD path`, in order. */
  requests: string[];
}

export interface Journeys {
  openWidget: RequestCount;
  openOrder: RequestCount;
  back: RequestCount;
  reopenWithin60s: RequestCount;
  requestCancellation: RequestCount;
  hourWaitingForSeller: RequestCount & {
    /** Virtual ms the page's clock ran, and how many timer steps that took. */
    virtualMs: number;
    steps: number;
    /** When each detail read of the waiting order went out, in virtual seconds from the start. */
    pollsAtSeconds: number[];
  };
}

function countOf(entries: readonly LoggedRequest[]): RequestCount {
  const relevant = entries.filter((entry) => entry.url.startsWith('/api/') || entry.url.startsWith('/dist/'));
  return {
    api: relevant.filter((entry) => entry.url.startsWith('/api/')).length,
    code: relevant.filter((entry) => entry.url.startsWith('/dist/')).length,
    requests: relevant.map((entry) => `${entry.method} ${entry.url}`),
  };
}

/** Runs a step and counts the requests it caused, until the network is quiet. */
async function step(server: BenchServer, quietMs: number, action: () => Promise<unknown>): Promise<RequestCount> {
  server.clearLog();
  await action();
  await networkQuiet(server, quietMs);
  return countOf(server.log);
}

interface DetailJson {
  allowCancellation?: boolean;
  status?: string;
}

async function findOrder(server: BenchServer, wanted: (detail: DetailJson) => boolean): Promise<string> {
  for (let page = 1; page <= 4; page += 1) {
    for (const orderId of (await readListPage(server, page)).ids) {
      const response = await fetch(`${server.origin}/api/oms/user/orders/${orderId}`, {
        headers: { cookie: 'VtexIdclientAutCookie=mock-session-mariana-costa' },
      });
      if (wanted((await response.json()) as DetailJson)) return orderId;
    }
  }
  throw new Error('no order of the main shopper fits the journey');
}

async function visit(
  browser: Browser,
  server: BenchServer,
  quietMs: number,
): Promise<Omit<Journeys, 'hourWaitingForSeller'>> {
  server.backend.reset();
  server.forget();
  const first = await readListPage(server, 1);
  const firstId = first.ids[0] ?? '';
  const cancelable = await findOrder(server, (detail) => detail.allowCancellation === true);
  const sample = await openSample(browser, { cpuRate: 1 });
  const { page } = sample;
  try {
    const openWidget = await step(server, quietMs, async () => {
      await page.goto(`${server.origin}/bench/widget.html`, { waitUntil: 'commit' });
      await waitFor(page, { kind: 'list' });
    });
    const openOrder = await step(server, quietMs, () =>
      clickAndWait(page, '.order-row-open', { kind: 'detail', orderId: firstId }, 0),
    );
    const back = await step(server, quietMs, () => clickAndWait(page, '.detail-back', { kind: 'list' }));
    const reopenWithin60s = await step(server, quietMs, () =>
      clickAndWait(page, '.order-row-open', { kind: 'detail', orderId: firstId }, 0),
    );
    await clickAndWait(page, '.detail-back', { kind: 'list' });
    await page.evaluate(
      (orderId) => (document.querySelector('my-orders') as HTMLElement & { open(id: string): void }).open(orderId),
      cancelable,
    );
    await waitFor(page, { kind: 'detail', orderId: cancelable });
    await networkQuiet(server, quietMs);
    const requestCancellation = await step(server, quietMs, async () => {
      await clickAndWait(page, '.cancel-open', { kind: 'selector', selector: '.cancel-dialog[open]' });
      await clickAndWait(page, '.cancel-dialog input[type="radio"]', {
        kind: 'selector',
        selector: '.cancel-dialog input[type="radio"]:checked',
      });
      await clickAndWait(page, '.cancel-dialog button[type="submit"]', {
        kind: 'selector',
        selector: '.cancel-status',
      });
    });
    return { openWidget, openOrder, back, reopenWithin60s, requestCancellation };
  } finally {
    await sample.close();
  }
}

/** The page's fake clock: the due time of its next timer, and now, in its own ticks. */
function nextTimer(page: Page): Promise<{ now: number; due: number | null } | null> {
  return page.evaluate(() => {
    const clock = (globalThis as { __pwClock?: { controller?: unknown } }).__pwClock?.controller as
      | { _now?: { ticks: number }; _firstTimer?: () => { callAt: number } | null }
      | undefined;
    if (!clock?._now || typeof clock._firstTimer !== 'function') return null;
    return { now: clock._now.ticks, due: clock._firstTimer()?.callAt ?? null };
  });
}

/** Lets the page finish what its timers started: no fetch pending in the page or at the server. */
async function settle(page: Page, server: BenchServer): Promise<void> {
  const started = Date.now();
  for (;;) {
    const pending = await page.evaluate(() => (window as unknown as { __benchFetches: number }).__benchFetches);
    if (pending === 0 && server.inFlight() === 0) break;
    if (Date.now() - started > 30_000) throw new Error('a request of the waiting page did not finish');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // A few tasks for the answers to be handled (and the next timers set) before time moves on.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        let left = 5;
        channel.port1.onmessage = () => (--left === 0 ? resolve() : channel.port2.postMessage(null));
        channel.port2.postMessage(null);
      }),
  );
}

/** Counts fetches still running in the page (the answer's body included). */
function countFetches(): void {
  const w = window as unknown as { __benchFetches: number };
  w.__benchFetches = 0;
  const original = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof fetch>) => {
    w.__benchFetches += 1;
    const answer = original(...args);
    answer
      .then((response) => response.clone().arrayBuffer())
      .catch(() => null)
      .finally(() => {
        w.__benchFetches -= 1;
      });
    return answer;
  };
}

const HOUR_MS = 3_600_000;

async function waitingHour(browser: Browser, server: BenchServer): Promise<Journeys['hourWaitingForSeller']> {
  server.backend.reset();
  server.forget();
  const pending = await findOrder(server, (detail) => detail.status === 'cancellation-requested');
  const sample = await openSample(browser, { cpuRate: 1 });
  const { page } = sample;
  try {
    await sample.context.addInitScript(countFetches);
    await page.clock.install();
    await page.goto(`${server.origin}/bench/widget.html`, { waitUntil: 'commit' });
    await waitFor(page, { kind: 'list' });
    await page.evaluate(
      (orderId) => (document.querySelector('my-orders') as HTMLElement & { open(id: string): void }).open(orderId),
      pending,
    );
    await waitFor(page, { kind: 'detail', orderId: pending });
    await networkQuiet(server, 300);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1);
    server.clearLog();
    const started = await nextTimer(page);
    if (!started) throw new Error("Playwright's clock has no readable timer queue: cannot run the hour");
    const end = started.now + HOUR_MS;
    let now = started.now;
    let steps = 0;
    const pollsAtSeconds: number[] = [];
    while (now < end) {
      const timer = await nextTimer(page);
      const due = Math.min(timer?.due ?? end, end);
      const advance = Math.max(0, due - now);
      const before = server.log.length;
      await page.clock.runFor(advance);
      server.backend.clock.advance(advance);
      now += advance;
      steps += 1;
      await settle(page, server);
      for (const entry of server.log.slice(before)) {
        if (entry.url.includes(`/orders/${pending}`)) pollsAtSeconds.push(Math.round((now - started.now) / 1000));
      }
      if (steps > 20_000) throw new Error('more than 20,000 timer steps in one hour: a timer loop');
    }
    return { ...countOf(server.log), virtualMs: now - started.now, steps, pollsAtSeconds };
  } finally {
    await sample.close();
  }
}

export async function runJourneys(options: {
  browser: Browser;
  server: BenchServer;
  quietMs: number;
  progress(text: string): void;
}): Promise<Journeys> {
  const visited = await visit(options.browser, options.server, options.quietMs);
  options.progress('visit done');
  const hourWaitingForSeller = await waitingHour(options.browser, options.server);
  options.progress('hour done');
  options.server.backend.reset();
  options.server.forget();
  return { ...visited, hourWaitingForSeller };
}
