/**
 * The demo page's seller console and widget together (demo/main.ts wires them the same way):
 * moving the mock's clock from the console moves the widget's clock at once. The widget takes
 * the store's time from response `Date` headers, so it must read again; the demo embeds a new
 * element, which finds the open order in the URL (deep links) and reads it at the new time.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoWidget, type DemoWidget } from '../../demo/demo-widget.ts';
import { type SellerConsoleHandle, startSellerConsole } from '../../demo/seller-console/mount-console.tsx';
import { defineMyOrdersElement } from '../../src/index.ts';
import { requestsTo, sectionLines } from './cancel-helpers.ts';
import { openFromList, orderSettled, pick, useSeedDetails } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn } = useMockBackend();
const details = useSeedDetails(signIn);

const MINUTE_MS = 60_000;
const RIGHT_AWAY = /\d+ minutes? left to cancel right away/;
const CLOSED = 'Instant cancellation is over: the store must now approve.';

let page: HTMLElement;
let consoleHandle: SellerConsoleHandle | null = null;

beforeEach(() => {
  defineMyOrdersElement();
  history.replaceState(null, '', '/account/orders');
  page = document.createElement('main');
  document.body.append(page);
});
afterEach(() => {
  consoleHandle?.destroy();
  consoleHandle = null;
  for (const element of page.querySelectorAll('my-orders')) element.destroy();
  page.remove();
  history.replaceState(null, '', '/account/orders');
});

/** The demo page as demo/main.ts builds it: the widget, and the console that re-embeds it when the clock moves. */
async function renderDemo() {
  const widgetRoot = document.createElement('section');
  const consoleRoot = document.createElement('aside');
  page.append(widgetRoot, consoleRoot);
  const widget: DemoWidget = createDemoWidget(widgetRoot, {
    locale: 'en',
    theme: 'light',
    gracePeriodMinutes: backend.settings.gracePeriodMinutes,
  });
  widget.embed();
  consoleHandle = startSellerConsole(consoleRoot, {
    refreshMs: 60_000,
    onGracePeriodChange: (minutes) => widget.setGracePeriod(minutes),
    onClockChange: () => widget.embed(),
  });
  await consoleHandle.ready;
  return { widget, console: within(consoleRoot) };
}

function widgetView(widget: DemoWidget) {
  const root = widget.element?.shadowRoot;
  if (!root) throw new Error('no widget on the page');
  return within(root as unknown as HTMLElement);
}

/** What the open order's cancellation section says (its dialog aside), or '' while it is not there. */
function cancellationText(widget: DemoWidget): string {
  try {
    return sectionLines(widgetView(widget)).join(' | ');
  } catch {
    return '';
  }
}

describe('the demo: the console moves the widget’s clock', () => {
  it('after "+31 min" the open order no longer promises cancelling right away: it is read again at the new time', async () => {
    signIn('main');
    const order = pick(
      details,
      (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation === true,
      'is inside its grace window',
    );
    const { widget, console } = await renderDemo();
    const user = userEvent.setup();
    await openFromList(widgetView(widget), user, order.orderId);
    await waitFor(() => expect(cancellationText(widget)).toMatch(RIGHT_AWAY));
    const first = widget.element;
    const movedTo = backend.clock.now() + 31 * MINUTE_MS;
    const readsBefore = requestsTo(backend, 'detail').length;

    await user.click(console.getByRole('button', { name: '+31 min' }));

    // A new widget, at the same place (the order, from the URL), read at the mock's new time.
    await waitFor(() => expect(widget.element).not.toBe(first));
    const view = widgetView(widget);
    await view.findByRole('heading', { level: 2, name: `Order ${order.orderId}` });
    await orderSettled(view);
    await waitFor(() => expect(cancellationText(widget)).toContain(CLOSED));
    expect(cancellationText(widget)).not.toMatch(/right away/);
    const reads = requestsTo(backend, 'detail').slice(readsBefore);
    expect(reads.map((read) => read.orderId)).toContain(order.orderId);
    expect(reads.every((read) => read.at >= movedTo)).toBe(true);
    expect(first?.isConnected).toBe(false);
  });

  it('a clock move the mock refused leaves the widget as it was', async () => {
    signIn('main');
    server.use(http.post('*/_mock/clock', () => HttpResponse.json({ error: { message: 'no' } }, { status: 500 })));
    const { widget, console } = await renderDemo();
    await widgetView(widget).findByRole('heading', { level: 2, name: 'Your orders' });
    const first = widget.element;
    const clockBefore = backend.clock.now();

    await userEvent.setup().click(console.getByRole('button', { name: '+31 min' }));

    await console.findByText(/Could not move the mock clock: HTTP 500/);
    // The console has re-read its state after the failure: the re-embed would have come before that.
    await waitFor(() => expect(console.queryByText('Working…')).toBeNull());
    expect(backend.clock.now()).toBe(clockBefore);
    expect(widget.element).toBe(first);
    expect(first?.isConnected).toBe(true);
  });
});
