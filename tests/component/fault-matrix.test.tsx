/**
 * Issue #11's proof: every fault, on each of the three requests a shopper makes (the list, one
 * order, a cancellation), gets a message that says what happened and what to do, a retry exactly
 * where one is safe, nothing the shopper had is lost, no unhandled rejection, and the order's true
 * state on screen at the end. One test per cell; the table is printed after the file.
 *
 * Set-up runs on real timers; the faulty request and everything after it (the client's backoff,
 * its 15 s timeout, a hang, Retry-After, the watch for VTEX's write lag) on fake setTimeout, moved
 * in small steps until the widget has settled.
 */

import { fireEvent, waitFor, within } from '@testing-library/dom';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockFault } from '../../mocks/types.ts';
import {
  cancelSection,
  fillDialog,
  inWindow,
  liveText,
  openOrder,
  recordCancelEvents,
  requestsTo,
  sectionLines,
} from './cancel-helpers.ts';
import { pick, readDetail, useSeedDetails, type View } from './detail-helpers.ts';
import { listQueries, rawList, renderedOrderIds } from './list-support.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();
const details = useSeedDetails(signIn);

type Code =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'bad-response';

interface Column {
  name: string;
  fault: MockFault;
  /** What one GET ends in: an error, or the answer after a wait. */
  read: Code | 'slow';
  /** Requests the client sends for that GET (its own retries included). */
  attempts: number;
  /** What a cancel request ends in. */
  write: Code | 'unconfirmed' | 'canceled';
  /**
   * Reads of the order before a failed cancel is said: 'watch' (more than one, over a few seconds, for
   * VTEX's write lag) after an answer that does not say what happened; one after a 409; none after an
   * answer that says nothing was done.
   */
  rereads?: 'watch' | 1;
  /** Said in the table for the GET rows when the fault means something else for a read. */
  readNote?: string;
}

const RETRY_AFTER_S = 120;

const COLUMNS: Column[] = [
  {
    name: 'network error',
    fault: { kind: 'network-error' },
    read: 'network',
    attempts: 3,
    write: 'network',
    rereads: 'watch',
  },
  { name: 'timeout', fault: { kind: 'hang' }, read: 'timeout', attempts: 1, write: 'timeout', rereads: 'watch' },
  { name: '401', fault: { kind: 'status', status: 401 }, read: 'unauthorized', attempts: 1, write: 'unauthorized' },
  { name: '403', fault: { kind: 'status', status: 403 }, read: 'forbidden', attempts: 1, write: 'forbidden' },
  { name: '404', fault: { kind: 'status', status: 404 }, read: 'not-found', attempts: 1, write: 'not-found' },
  {
    name: '409',
    fault: { kind: 'status', status: 409 },
    read: 'conflict',
    attempts: 1,
    // The re-read finds the order unchanged and still cancellable: nothing "changed", nothing was written.
    write: 'unconfirmed',
    rereads: 1,
  },
  {
    name: `429 Retry-After ${RETRY_AFTER_S}s`,
    fault: { kind: 'status', status: 429, retryAfterSeconds: RETRY_AFTER_S },
    read: 'rate-limited',
    // Longer than the client waits by itself (10 s): the wait belongs to the shopper.
    attempts: 1,
    write: 'rate-limited',
  },
  {
    name: '500',
    fault: { kind: 'status', status: 500 },
    read: 'server',
    attempts: 3,
    write: 'server',
    rereads: 'watch',
  },
  {
    name: '502 HTML',
    fault: { kind: 'status', status: 502 },
    read: 'server',
    attempts: 3,
    write: 'server',
    rereads: 'watch',
  },
  {
    name: '503',
    fault: { kind: 'status', status: 503 },
    read: 'server',
    attempts: 3,
    write: 'server',
    rereads: 'watch',
  },
  {
    name: 'malformed JSON',
    fault: { kind: 'malformed-json' },
    read: 'bad-response',
    attempts: 1,
    write: 'unconfirmed',
    rereads: 'watch',
  },
  {
    name: 'wrong shape',
    fault: { kind: 'wrong-shape' },
    read: 'bad-response',
    attempts: 1,
    write: 'unconfirmed',
    rereads: 'watch',
  },
  {
    name: 'empty 200',
    fault: { kind: 'empty-body' },
    read: 'bad-response',
    attempts: 1,
    write: 'unconfirmed',
    rereads: 'watch',
  },
  { name: 'slow answer (2 s)', fault: { kind: 'latency', ms: 2_000 }, read: 'slow', attempts: 1, write: 'canceled' },
  {
    name: 'applied-then-500',
    fault: { kind: 'apply-then-status', status: 500 },
    read: 'server',
    attempts: 3,
    write: 'canceled',
    readNote: 'a read applies nothing: run as the 500 it answers',
  },
  {
    name: 'applied-then-dropped',
    fault: { kind: 'apply-then-drop' },
    read: 'network',
    attempts: 3,
    write: 'canceled',
    readNote: 'a read applies nothing: run as the drop it is',
  },
];

const WORDS: Record<Code, readonly [title: string, body: string]> = {
  network: ['You seem to be offline', 'Check your connection and try again.'],
  timeout: ['The store is taking too long', 'The request took too long. Try again.'],
  unauthorized: ['Please sign in', 'Your session has ended. Sign in to see your orders.'],
  forbidden: ['Access denied', 'This account cannot see these orders. Try signing in again.'],
  'not-found': ['Order not found', 'We could not find this order in your account. It may belong to another account.'],
  conflict: ['The order changed', 'The order changed while you were looking at it. Try again to see it as it is now.'],
  'rate-limited': ['Too many requests', 'You can try again in 2 minutes.'],
  server: ['Something went wrong at the store', 'The store could not answer right now. Try again in a moment.'],
  'bad-response': [
    'We could not read the store’s answer',
    'The store sent something unexpected. Try again; if it keeps happening, contact the store.',
  ],
};

type Row = 'list' | 'detail' | 'cancel';

/** The words for a failed request of this row: the list speaks of the order history, not of one order. */
function expectedWords(row: Row, code: Code | 'unconfirmed'): readonly [string, string] {
  if (code === 'unconfirmed')
    return ['We could not confirm your cancellation', 'The store answered, but your order is unchanged.'];
  if (row === 'list' && code === 'not-found')
    return [
      'Your order history is not available',
      'The store did not find it just now. Try again; if it keeps happening, contact the store.',
    ];
  // A 409 on a read says nothing about one order changing: the store did not answer this read.
  if (row === 'list' && code === 'conflict') return WORDS.server;
  return WORDS[code];
}

/** Where asking again is safe and can help; a sign-in problem is solved by signing in, a missing order by going back. */
function offersRetry(row: Row, code: Code | 'unconfirmed'): boolean {
  if (code === 'unauthorized') return false;
  if (code === 'not-found') return row === 'list';
  // A write refused for this account is not sent again; a read may be.
  if (code === 'forbidden') return row !== 'cancel';
  return true;
}

/** Where the way forward is to sign in: the session ended, or this account may not see or do it. */
const offersSignIn = (code: Code | 'unconfirmed') => code === 'unauthorized' || code === 'forbidden';

const LOGIN = '/login';
const FROM = '2025-01-01';
const OTHER_REASON = 'Paid twice';
const STEP_MS = 250;

// --- what the matrix records and prints ------------------------------------------------------

interface CellRecord {
  row: Row;
  column: string;
  shown: string;
  ways: string;
  requests: string;
}

const table: CellRecord[] = [];

afterAll(() => {
  const width = Math.max(...COLUMNS.map((column) => column.name.length));
  const lines = [`fault matrix (#11): ${table.length} of ${COLUMNS.length * 3} cells ran`];
  for (const row of ['list', 'detail', 'cancel'] as const) {
    lines.push(`${row}:`);
    for (const column of COLUMNS) {
      const cell = table.find((entry) => entry.row === row && entry.column === column.name);
      const note = row !== 'cancel' && column.readNote ? ` (${column.readNote})` : '';
      lines.push(
        `  ${column.name.padEnd(width)} | ${
          cell ? `${cell.shown} | ${cell.ways} | ${cell.requests}${note}` : 'did not pass (see the failure above)'
        }`,
      );
    }
  }
  console.log(lines.join('\n'));
});

// --- no unhandled rejection --------------------------------------------------------------

const rejections: unknown[] = [];
const onWindowRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
const onProcessRejection = (reason: unknown) => rejections.push(reason);

beforeAll(() => {
  window.addEventListener('unhandledrejection', onWindowRejection);
  process.on('unhandledRejection', onProcessRejection);
});
afterAll(() => {
  window.removeEventListener('unhandledrejection', onWindowRejection);
  process.off('unhandledRejection', onProcessRejection);
});
beforeEach(() => {
  rejections.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

/** Rejections surface a turn after the promise is dropped: let a few real turns pass, then look. */
async function expectNoUnhandledRejection(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(rejections).toEqual([]);
}

// --- fake time ------------------------------------------------------------------------------

function fakeTime(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** Moves fake time in small steps until `done`; returns the fake ms it took. */
async function advanceUntil(done: () => boolean, what: string, maxMs = 40_000): Promise<number> {
  // A step first: what was clicked renders a microtask later, and the old screen must not count as settled.
  for (let spent = STEP_MS; spent <= maxMs; spent += STEP_MS) {
    await vi.advanceTimersByTimeAsync(STEP_MS);
    if (done()) return spent;
  }
  throw new Error(`${what}: not after ${maxMs} ms of fake time`);
}

// --- reading the screen -----------------------------------------------------------------

function panelWords(panel: Element): [string, string] {
  return [
    normaliseSpaces(panel.querySelector('.error-title')?.textContent),
    normaliseSpaces(panel.querySelector('.error-body')?.textContent),
  ];
}

/** The ways forward an alert offers, by name, for the table and the assertions. */
function waysIn(panel: HTMLElement): string[] {
  return [...panel.querySelectorAll<HTMLElement>('a, button')].map((element) => normaliseSpaces(element.textContent));
}

const rowsList = (root: HTMLElement) => root.querySelector('ol.order-rows:not(.order-rows-skeleton)');
const pagination = (view: View) => normaliseSpaces(view.getByRole('navigation', { name: 'Order pages' }).textContent);
const fromInput = (view: View) => view.getByLabelText('Placed from') as HTMLInputElement;
const sortedQuery = (query: URLSearchParams) => [...query.entries()].map(([key, value]) => `${key}=${value}`).sort();
const detailReads = () => requestsTo(backend, 'detail').length;
const posts = () => requestsTo(backend, 'user-cancel-request').length;

function expectSignInLink(panel: HTMLElement): void {
  const link = within(panel).getByRole('link', { name: 'Sign in' });
  expect(link.getAttribute('href')).toBe(`${location.origin}${LOGIN}?returnUrl=${encodeURIComponent(location.href)}`);
}

/** Try again: disabled while the store's Retry-After runs, pressable once it has passed. */
async function expectRetryWaitsForRetryAfter(find: () => HTMLElement): Promise<void> {
  expect(find().hasAttribute('disabled') || find().getAttribute('aria-disabled') === 'true').toBe(true);
  // The wait runs from the 429's arrival, up to a few (fake) seconds before this: margins either side.
  await vi.advanceTimersByTimeAsync((RETRY_AFTER_S - 4) * 1000);
  expect(find().hasAttribute('disabled') || find().getAttribute('aria-disabled') === 'true').toBe(true);
  await vi.advanceTimersByTimeAsync(5_000);
  expect(find().hasAttribute('disabled')).toBe(false);
  expect(find().getAttribute('aria-disabled')).not.toBe('true');
}

// --- the list -------------------------------------------------------------------------------

async function listCell(column: Column): Promise<CellRecord> {
  signIn('main');
  const user = userEvent.setup();
  const { root, view } = renderWidget({ locale: 'en', loginUrl: LOGIN });
  await view.findAllByRole('article');

  // The shopper's place: a filter applied, then the next page (the request the fault hits).
  const shown = listQueries(backend).length;
  fireEvent.input(fromInput(view), { target: { value: FROM } });
  await user.click(view.getByRole('button', { name: 'Search' }));
  await expect.poll(() => listQueries(backend).length).toBe(shown + 1);
  // The rows on screen stay until the filtered page is here.
  const filtered = (await rawList(listQueries(backend)[shown]?.toString() ?? '')).list.map((row) => row.orderId);
  await waitFor(() => expect(renderedOrderIds(root)).toEqual(filtered));
  const pages = Number(/Page 1 of (\d+)/.exec(pagination(view))?.[1]);
  expect(pages, 'the filtered list has a second page').toBeGreaterThanOrEqual(2);
  const firstPage = renderedOrderIds(root);
  const wanted = new URLSearchParams(listQueries(backend)[shown]);
  expect(wanted.get('creation_date'), 'the filter is in the query').toMatch(/^creationDate:\[/);
  wanted.set('page', '2');

  fakeTime();
  backend.faults.set('list', column.fault);
  const before = listQueries(backend).length;
  view.getByRole('button', { name: 'Next page' }).click();
  if (column.read === 'slow') {
    // Past the list's grace (BUSY_AFTER_MS, 200 ms): busy, and the page the shopper was reading
    // stays until the next one is there.
    await vi.advanceTimersByTimeAsync(STEP_MS);
    expect(rowsList(root)?.getAttribute('aria-busy')).toBe('true');
    expect(renderedOrderIds(root)).toEqual(firstPage);
  }
  const waited = await advanceUntil(() => rowsList(root)?.getAttribute('aria-busy') === 'false', 'the list settled');
  const sent = listQueries(backend).slice(before);
  expect(sent).toHaveLength(column.attempts);
  // Every attempt asked for what the shopper asked for: the filter and page 2.
  for (const query of sent) expect(sortedQuery(query)).toEqual(sortedQuery(wanted));

  if (column.read === 'slow') {
    vi.useRealTimers();
    backend.faults.clear();
    expect(view.queryByRole('alert')).toBeNull();
    expect(pagination(view)).toContain(`Page 2 of ${pages}`);
    expect(renderedOrderIds(root)).toEqual((await rawList(wanted.toString())).list.map((row) => row.orderId));
    await expectNoUnhandledRejection();
    return {
      row: 'list',
      column: column.name,
      shown: `busy ${waited} ms, then page 2`,
      ways: '-',
      requests: `GET x${sent.length}`,
    };
  }

  const code = column.read;
  const alert = view.getByRole('alert');
  expect(panelWords(alert)).toEqual(expectedWords('list', code));
  const ways = waysIn(alert);
  // Nothing lost: the rows the shopper was reading, the filter as typed, and the query to ask again.
  expect(renderedOrderIds(root)).toEqual(firstPage);
  expect(fromInput(view).value).toBe(FROM);
  expect(pagination(view)).toContain(`Page 1 of ${pages}`);
  if (offersSignIn(code)) expectSignInLink(alert);
  else expect(within(alert).queryByRole('link')).toBeNull();

  let requests = `GET x${sent.length}`;
  if (offersRetry('list', code)) {
    backend.faults.clear();
    const retry = () => within(view.getByRole('alert')).getByRole('button', { name: 'Try again' });
    if (code === 'rate-limited') await expectRetryWaitsForRetryAfter(retry);
    vi.useRealTimers();
    await user.click(retry());
    await view.findByText(`Page 2 of ${pages}`);
    const after = listQueries(backend).slice(before + sent.length);
    expect(after).toHaveLength(1);
    expect(sortedQuery(after[0] as URLSearchParams)).toEqual(sortedQuery(wanted));
    expect(view.queryByRole('alert')).toBeNull();
    expect(fromInput(view).value).toBe(FROM);
    // The true state: the rows the store lists for that query.
    expect(renderedOrderIds(root)).toEqual((await rawList(wanted.toString())).list.map((row) => row.orderId));
    requests += ', Try again: GET x1 -> page 2';
  } else {
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    vi.useRealTimers();
  }
  await expectNoUnhandledRejection();
  return { row: 'list', column: column.name, shown: `"${panelWords(alert)[0]}"`, ways: ways.join(' + '), requests };
}

// --- one order -----------------------------------------------------------------------------

const cancellable = () => pick(details, inWindow, 'is inside the grace window');

/** The order's row on the list, searched for when it is not on the first page. */
async function rowOf(view: View, user: UserEvent, orderId: string): Promise<HTMLElement> {
  await view.findAllByRole('article');
  const name = `Order ${orderId}`;
  const row = view.queryByRole('button', { name });
  if (row) return row;
  await user.type(view.getByRole('searchbox', { name: 'Order number or product' }), `${orderId}{Enter}`);
  return view.findByRole('button', { name });
}

/** The open order's status badge. */
const badge = (view: View) =>
  normaliseSpaces(cancelSection(view).closest('article')?.querySelector('.detail-stage')?.textContent);

async function detailCell(column: Column): Promise<CellRecord> {
  const order = cancellable();
  signIn('main');
  const user = userEvent.setup();
  const { view } = renderWidget({ locale: 'en', loginUrl: LOGIN });
  const row = await rowOf(view, user, order.orderId);

  fakeTime();
  backend.faults.set('detail', column.fault);
  const before = detailReads();
  row.click();
  const article = () => view.getByRole('heading', { level: 2, name: `Order ${order.orderId}` }).closest('article');
  if (column.read === 'slow') {
    await vi.advanceTimersByTimeAsync(100);
    expect(article()?.getAttribute('aria-busy')).toBe('true');
    expect(within(article() as HTMLElement).getByText('Loading order…')).toBeTruthy();
  }
  const waited = await advanceUntil(
    () =>
      view.queryByRole('heading', { level: 2, name: `Order ${order.orderId}` }) !== null &&
      article()?.getAttribute('aria-busy') === 'false',
    'the order settled',
  );
  const sent = detailReads() - before;
  expect(sent).toBe(column.attempts);
  // The order stays open whatever happened.
  expect(view.getByRole('heading', { level: 2, name: `Order ${order.orderId}` })).toBeTruthy();

  if (column.read === 'slow') {
    vi.useRealTimers();
    backend.faults.clear();
    expect(view.queryByRole('alert')).toBeNull();
    await expectOrderStillCancellable(view, order.orderId);
    await expectNoUnhandledRejection();
    return {
      row: 'detail',
      column: column.name,
      shown: `busy ${waited} ms, then the order`,
      ways: '-',
      requests: `GET x${sent}`,
    };
  }

  const code = column.read;
  const alert = view.getByRole('alert');
  expect(panelWords(alert)).toEqual(expectedWords('detail', code));
  const ways = waysIn(alert);
  expect(ways).toContain('Back to orders');
  if (offersSignIn(code)) expectSignInLink(alert);
  else expect(within(alert).queryByRole('link')).toBeNull();

  let requests = `GET x${sent}`;
  if (offersRetry('detail', code)) {
    backend.faults.clear();
    const retry = () => within(view.getByRole('alert')).getByRole('button', { name: 'Try again' });
    if (code === 'rate-limited') await expectRetryWaitsForRetryAfter(retry);
    vi.useRealTimers();
    await user.click(retry());
    await view.findByRole('heading', { level: 3, name: 'Cancellation' });
    expect(detailReads() - before).toBe(sent + 1);
    expect(view.queryByRole('alert')).toBeNull();
    await expectOrderStillCancellable(view, order.orderId);
    requests += ', Try again: GET x1 -> the order';
  } else {
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    vi.useRealTimers();
    backend.faults.clear();
    if (code === 'not-found') {
      // The way forward: back to the list, as it was.
      await user.click(within(alert).getByRole('button', { name: 'Back to orders' }));
      expect(await view.findByRole('button', { name: `Order ${order.orderId}` })).toBeTruthy();
      requests += ', Back: the list as it was';
    }
  }
  await expectNoUnhandledRejection();
  return { row: 'detail', column: column.name, shown: `"${panelWords(alert)[0]}"`, ways: ways.join(' + '), requests };
}

/** The true state: the mock says the order is cancellable, and the screen offers the action. */
async function expectOrderStillCancellable(view: View, orderId: string): Promise<void> {
  const truth = await readDetail(orderId);
  expect(truth.status).toBe('window-to-cancel');
  expect(truth.allowCancellation).toBe(true);
  expect(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' })).toBeTruthy();
  expect(sectionLines(view).join(' ')).not.toMatch(/canceled|Cancellation requested/);
}

/** The true state: the mock says canceled, and so do the section, the badge and the live region. */
async function expectOrderCanceled(view: View, orderId: string): Promise<void> {
  expect((await readDetail(orderId)).status).toBe('canceled');
  await expect.poll(() => sectionLines(view)[0]).toMatch(/^Canceled on /);
  expect(within(cancelSection(view)).queryByRole('button', { name: 'Cancel order' })).toBeNull();
  expect(badge(view)).toBe('Canceled');
  expect(liveText(view)).toContain(`Order ${orderId} is canceled.`);
}

// --- the cancel request ---------------------------------------------------------------------

async function cancelCell(column: Column): Promise<CellRecord> {
  const order = cancellable();
  signIn('main');
  const user = userEvent.setup();
  const { host, view } = renderWidget({ locale: 'en', loginUrl: LOGIN });
  const events = recordCancelEvents(host);
  await openOrder(view, user, order.orderId);
  const dialog = await fillDialog(view, user, 'Other', OTHER_REASON);
  const confirm = within(dialog).getByRole('button', { name: 'Cancel order' });

  fakeTime();
  backend.faults.set('user-cancel-request', column.fault);
  const readsBefore = detailReads();
  confirm.click();
  if (column.name.startsWith('slow')) {
    await vi.advanceTimersByTimeAsync(100);
    expect(confirm.textContent).toBe('Sending…');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(dialog.open).toBe(true);
  }
  const waited = await advanceUntil(
    () => !dialog.open || dialog.querySelector('[role="alert"]') !== null,
    'the cancellation settled',
  );
  const rereads = detailReads() - readsBefore;
  // Never sent twice by the client, whatever came back.
  expect(posts()).toBe(1);

  if (column.write === 'canceled') {
    vi.useRealTimers();
    backend.faults.clear();
    expect(dialog.open).toBe(false);
    await expectOrderCanceled(view, order.orderId);
    expect(events.map((event) => [event.type, event.detail])).toEqual([
      ['my-orders:cancel-requested', { orderId: order.orderId, outcome: 'canceled', reason: OTHER_REASON }],
    ]);
    await expectNoUnhandledRejection();
    const shown = column.name.startsWith('slow') ? `"Sending…" ${waited} ms, then canceled` : 'canceled (re-read)';
    return { row: 'cancel', column: column.name, shown, ways: '-', requests: `POST x1, re-reads ${rereads}` };
  }

  const code = column.write;
  expect(dialog.open).toBe(true);
  const alert = within(dialog).getByRole('alert');
  expect(panelWords(alert)).toEqual(expectedWords('cancel', code));
  // Where the answer left the outcome open, said only after reading the order again, more than once (VTEX's write lag).
  if (column.rereads === 'watch') expect(rereads).toBeGreaterThanOrEqual(2);
  else expect(rereads).toBe(column.rereads ?? 0);
  expect(events.map((event) => [event.type, event.detail])).toEqual([
    ['my-orders:cancel-failed', { orderId: order.orderId, code }],
  ]);
  // The true state behind the dialog: what the store has (unchanged, still cancellable).
  await expectOrderStillCancellable(view, order.orderId);
  if (offersSignIn(code)) expectSignInLink(alert);
  const ways = [
    ...waysIn(alert),
    ...[...dialog.querySelectorAll('.cancel-dialog-actions button')].map((button) =>
      normaliseSpaces(button.textContent),
    ),
  ];
  const reasonBox = () => within(dialog).queryByRole('textbox', { name: 'Your reason' }) as HTMLTextAreaElement | null;

  let requests = `POST x1, re-reads ${rereads}`;
  if (offersRetry('cancel', code)) {
    // Nothing lost: the typed reason is there, and the dialog says so.
    expect(reasonBox()?.value).toBe(OTHER_REASON);
    expect(within(dialog).getByText('Your reason is kept for another try.')).toBeTruthy();
    backend.faults.clear();
    const retry = () => within(dialog).getByRole('button', { name: 'Try again' });
    if (code === 'rate-limited') {
      // "You can try again in 2 minutes": the dialog's Try again waits for it, as the list's and the order's do.
      await expectRetryWaitsForRetryAfter(retry);
      requests += ', Try again waits for Retry-After';
    }
    vi.useRealTimers();
    await user.click(retry());
    await expect.poll(() => dialog.open, { timeout: 10_000 }).toBe(false);
    expect(posts()).toBe(2);
    await expectOrderCanceled(view, order.orderId);
    expect(events.map((event) => event.type)).toEqual(['my-orders:cancel-failed', 'my-orders:cancel-requested']);
    requests += ', Try again: POST x1 -> canceled';
  } else {
    vi.useRealTimers();
    backend.faults.clear();
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: /^(Close|Keep my order)$/ }));
    await expect.poll(() => dialog.open).toBe(false);
    await expectOrderStillCancellable(view, order.orderId);
    // Nothing lost: opening the dialog again finds the reason as typed.
    await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
    await expect.poll(() => dialog.open).toBe(true);
    expect(reasonBox()?.value).toBe(OTHER_REASON);
    expect(posts()).toBe(1);
    requests += ', not sent again';
  }
  await expectNoUnhandledRejection();
  return { row: 'cancel', column: column.name, shown: `"${panelWords(alert)[0]}"`, ways: ways.join(' + '), requests };
}

// --- the matrix -----------------------------------------------------------------------------

const RUN: Record<Row, (column: Column) => Promise<CellRecord>> = {
  list: listCell,
  detail: detailCell,
  cancel: cancelCell,
};

describe.each(['list', 'detail', 'cancel'] as const)('fault matrix: %s', (row) => {
  it.each(COLUMNS.map((column) => [column.name, column] as const))('%s', async (_name, column) => {
    table.push(await RUN[row](column));
  });
});
