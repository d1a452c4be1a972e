/**
 * `destroy()` leaves no trace: every listener the widget added to window or document is
 * removed, every interval cleared, no timer left, a request in flight aborted, nothing reaches
 * the backend afterwards however long the page stays, and no node of the widget remains.
 */

import { within } from '@testing-library/dom';
import { http } from 'msw';
import { afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { mount } from '../../src/index.ts';
import { useSteppedClock } from './cancel-helpers.ts';
import { pick, useSeedDetails } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn } = useMockBackend();

const details = useSeedDetails(signIn);
beforeAll(() => {
  backend.reset(1);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

type ListenerCall = [
  type: string,
  listener: unknown,
  options?: boolean | AddEventListenerOptions | EventListenerOptions,
];

/** Listener bookkeeping of one target: every add must meet its remove (same type, listener, capture). */
function watchListeners(target: EventTarget) {
  const add = vi.spyOn(target, 'addEventListener') as unknown as MockInstance<(...args: ListenerCall) => void>;
  const remove = vi.spyOn(target, 'removeEventListener') as unknown as MockInstance<(...args: ListenerCall) => void>;
  const capture = (options: ListenerCall[2]) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const key = ([type, listener, options]: ListenerCall) => ({ type, listener, capture: capture(options) });
  return {
    added: () => add.mock.calls.map(key),
    unmatched() {
      const removed = remove.mock.calls.map(key);
      return add.mock.calls.map(key).filter((added) => {
        const index = removed.findIndex(
          (r) => r.type === added.type && r.listener === added.listener && r.capture === added.capture,
        );
        if (index === -1) return true;
        removed.splice(index, 1);
        return false;
      });
    },
  };
}

function watchTimers() {
  const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
  const clearIntervalSpy = vi.spyOn(globalThis, 'clearInterval');
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
  return {
    intervalsStarted: () => setIntervalSpy.mock.results.map((result) => result.value as unknown),
    intervalsLeft: () => {
      const cleared = new Set(clearIntervalSpy.mock.calls.map(([id]) => id as unknown));
      return setIntervalSpy.mock.results.map((result) => result.value as unknown).filter((id) => !cleared.has(id));
    },
    timeoutsStarted: () => setTimeoutSpy.mock.calls.length,
  };
}

describe('destroy()', () => {
  it('removes every listener, interval, timer and node, and nothing is sent afterwards', async () => {
    const watched = pick(details, (o) => o.status === 'cancellation-requested', 'waits on the seller');
    const countdown = pick(
      details,
      (o) => o.status === 'window-to-cancel' && o.allowCancellation === true,
      'is inside the grace window',
    );
    signIn('main');
    const clock = useSteppedClock(backend);
    const host = document.createElement('div');
    host.className = 'store-slot';
    document.body.append(host);
    const windowListeners = watchListeners(window);
    const documentListeners = watchListeners(document);
    const timers = watchTimers();

    const handle = mount(host, { locale: 'en', deepLink: true });
    await clock.advance(0);
    // A countdown (a one-second interval), then an order whose poll runs while the seller decides.
    handle.open(countdown.orderId);
    await clock.advance(0);
    expect(host.shadowRoot?.querySelector('.grace-countdown')).not.toBeNull();
    await clock.advance(2_000);
    handle.open(watched.orderId);
    await clock.advance(0);
    const reads = () => backend.requests.filter((request) => request.orderId === watched.orderId).length;
    const before = reads();
    await clock.advance(6_000);
    expect(reads()).toBeGreaterThan(before);
    expect(timers.intervalsStarted().length).toBeGreaterThan(0);
    expect(timers.timeoutsStarted()).toBeGreaterThan(0);
    expect(
      windowListeners
        .added()
        .map((call) => call.type)
        .sort(),
    ).toEqual(['hashchange', 'online', 'popstate']);
    expect(documentListeners.added().map((call) => call.type)).toContain('visibilitychange');

    handle.destroy();
    await clock.advance(0);
    expect(windowListeners.unmatched()).toEqual([]);
    expect(documentListeners.unmatched()).toEqual([]);
    expect(timers.intervalsLeft()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);

    const requests = backend.requests.length;
    await clock.advance(10 * 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await clock.advance(60_000);
    expect(backend.requests.length).toBe(requests);

    expect(host.shadowRoot?.childNodes).toHaveLength(0);
    expect(host.shadowRoot?.adoptedStyleSheets).toHaveLength(0);
    expect(host.childNodes).toHaveLength(0);
    expect([...host.attributes].map((attribute) => attribute.name)).toEqual(['class']);
    host.remove();
  });

  it('aborts a request in flight', async () => {
    signIn('main');
    useSteppedClock(backend);
    const fetches = vi.spyOn(globalThis, 'fetch');
    let inFlight: Request | null = null;
    server.use(
      http.get('*/api/oms/user/orders', ({ request }) => {
        inFlight = request;
        // Never answers: only an abort ends it.
        return new Promise<undefined>((resolve) => request.signal.addEventListener('abort', () => resolve(undefined)));
      }),
    );
    const host = document.createElement('div');
    document.body.append(host);
    const events: string[] = [];
    host.addEventListener('my-orders:error', () => events.push('error'));
    const handle = mount(host, { locale: 'en' });
    await vi.waitFor(() => expect(inFlight).not.toBeNull());
    handle.destroy();
    expect((inFlight as Request | null)?.signal.aborted).toBe(true);
    // Wait on the widget's own fetch failing on the abort, then run all it could still chain on
    // that: its promises, and any timer (a retry, a report) under the fake clock.
    expect(fetches).toHaveBeenCalledTimes(1);
    await Promise.allSettled(fetches.mock.results.map((result) => result.value as Promise<Response>));
    await vi.runAllTimersAsync();
    expect(events).toEqual([]);
    host.remove();
  });

  it('destroyed while its deep-link code loads: the URL’s place is never requested, no clock is left', async () => {
    signIn('main');
    history.replaceState(null, '', '/#my-orders/list?page=2');
    const timers = watchTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const requests = backend.requests.length;
    const handle = mount(host, { locale: 'en', deepLink: true });
    // The deep-link part is on its way (a promise): the first page waits for it.
    handle.destroy();
    // A witness on the same URL, mounted just after, waits for the same part one step behind
    // the destroyed widget all the way: once the witness has its page 2, anything the destroyed
    // widget was going to request has arrived too.
    const witnessHost = document.createElement('div');
    document.body.append(witnessHost);
    const witness = mount(witnessHost, { locale: 'en', deepLink: true });
    await within(witnessHost.shadowRoot as unknown as HTMLElement).findAllByRole('article');
    witness.destroy();
    witnessHost.remove();
    expect(
      backend.requests
        .slice(requests)
        .map((request) => [request.endpoint, new URL(request.url).searchParams.get('page')]),
    ).toEqual([['list', '2']]);
    expect(timers.intervalsLeft()).toEqual([]);
    host.remove();
  });
});
