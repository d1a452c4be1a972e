/**
 * Shared steps for the cancellation tests: pick orders from the mock by state, open one,
 * drive the dialog, act as the seller over HTTP, and count what reached the mock.
 */

import { within } from '@testing-library/dom';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { MockBackend, MockEndpoint } from '../../mocks/types.ts';
import { SELLER_APP_KEY, SELLER_APP_TOKEN } from '../../mocks/types.ts';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { openFromList, section, type View } from './detail-helpers.ts';
import { normaliseSpaces } from './support/widget-harness.ts';

export const requestsTo = (backend: MockBackend, endpoint: MockEndpoint) =>
  backend.requests.filter((request) => request.endpoint === endpoint);

export const inWindow = (order: WireOrderDetail) =>
  order.status === 'window-to-cancel' && order.allowCancellation === true;
/** After the grace period, nothing invoiced, no request: a cancel becomes a request. */
export const afterWindow = (order: WireOrderDetail) =>
  (order.status === 'ready-for-handling' || order.status === 'handling') &&
  order.allowCancellation === true &&
  (order.cancellationRequests ?? []).length === 0;

/** Opens an order from the list and waits for its cancellation section. */
export async function openOrder(view: View, user: UserEvent, orderId: string): Promise<HTMLElement> {
  await openFromList(view, user, orderId);
  await view.findByRole('heading', { level: 3, name: 'Cancellation' });
  return cancelSection(view);
}

export function cancelSection(view: View): HTMLElement {
  return section(view, 'Cancellation');
}

/** The section's lines as the shopper reads them (paragraphs, terms and values, links, buttons), the dialog aside. */
export function sectionLines(view: View): string[] {
  const body = cancelSection(view).querySelector('.cancel-body');
  if (!body) throw new Error('no cancellation body');
  return [...body.querySelectorAll('p, dt, dd, a, button')].map((line) => normaliseSpaces(line.textContent));
}

export function dialogOf(view: View): HTMLDialogElement {
  const dialog = cancelSection(view).querySelector('dialog');
  if (!dialog) throw new Error('no cancel dialog');
  return dialog;
}

/** The live regions' words (the widget's and the section's). */
export function liveText(view: View): string {
  return view
    .getAllByRole('status')
    .map((region: HTMLElement) => normaliseSpaces(region.textContent))
    .join(' | ');
}

/** Presses the section's "Cancel order" and waits for the modal dialog. */
export async function openDialog(view: View, user: UserEvent): Promise<HTMLDialogElement> {
  await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
  const dialog = dialogOf(view);
  await expect.poll(() => dialog.open).toBe(true);
  return dialog;
}

/** Opens the dialog and chooses a preset reason (or "Other" with text). */
export async function fillDialog(
  view: View,
  user: UserEvent,
  reason: string,
  otherText?: string,
): Promise<HTMLDialogElement> {
  const dialog = await openDialog(view, user);
  await user.click(within(dialog).getByRole('radio', { name: reason }));
  if (otherText !== undefined) await user.type(within(dialog).getByRole('textbox', { name: 'Your reason' }), otherText);
  return dialog;
}

export async function sellerPost(orderId: string, action: string, body: unknown): Promise<Response> {
  return fetch(`/api/oms/pvt/orders/${encodeURIComponent(orderId)}/${action}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-VTEX-API-AppKey': SELLER_APP_KEY,
      'X-VTEX-API-AppToken': SELLER_APP_TOKEN,
    },
    body: JSON.stringify(body),
  });
}

/** Page visibility as the browser reports it (happy-dom is always visible). */
export function setPageVisible(visible: boolean): void {
  const state = visible ? 'visible' : 'hidden';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => !visible });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Opens an order under fake timers (no findBy*: they wait on timers): search, then its row. */
export async function openOrderNow(view: View, user: UserEvent, orderId: string): Promise<HTMLElement> {
  await vi.advanceTimersByTimeAsync(0);
  await user.type(view.getByRole('searchbox', { name: 'Order number or product' }), `${orderId}{Enter}`);
  await vi.advanceTimersByTimeAsync(0);
  await user.click(view.getByRole('button', { name: `Order ${orderId}` }));
  await vi.advanceTimersByTimeAsync(0);
  return cancelSection(view);
}

export interface RecordedEvent {
  type: string;
  detail: unknown;
  bubbles: boolean;
  composed: boolean;
}

/** The widget's cancel events, as the store's analytics would hear them on the host element. */
export function recordCancelEvents(host: HTMLElement): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const type of ['my-orders:cancel-requested', 'my-orders:cancel-decided', 'my-orders:cancel-failed']) {
    host.addEventListener(type, (event) => {
      events.push({ type, detail: (event as CustomEvent).detail, bubbles: event.bubbles, composed: event.composed });
    });
  }
  return events;
}

/** Fake device timers and Date, kept in step with the mock's clock. */
export function useSteppedClock(backend: MockBackend) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(backend.clock.now());
  return {
    /** Moves both clocks by the same amount, running due timers and the requests they send. */
    async advance(ms: number): Promise<void> {
      backend.clock.advance(ms);
      await vi.advanceTimersByTimeAsync(ms);
    },
  };
}
