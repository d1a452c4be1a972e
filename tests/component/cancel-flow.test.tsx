/**
 * The shopper cancels: inside the grace window the order is canceled at once; after it the
 * cancel becomes a request the store must approve. What the shopper reads, what the mock
 * recorded, the live region, and the events the store's analytics hear.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterWindow,
  cancelSection,
  fillDialog,
  inWindow,
  liveText,
  openDialog,
  openOrder,
  recordCancelEvents,
  requestsTo,
  sectionLines,
} from './cancel-helpers.ts';
import { expectedDateTime, openFromList, PT_LABELS, pick, readDetail, useSeedDetails } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const nowIso = () => new Date(backend.clock.now()).toISOString();

/** No `time-zone` option: every date is in the shopper's own zone, São Paulo here (UTC-3 all year). */
const SHOPPER_OFFSET = -3;
beforeEach(() => {
  vi.stubEnv('TZ', 'America/Sao_Paulo');
});

describe('a shopper cancels an order', () => {
  it('inside the grace window: canceled at once, with the refund explained', async () => {
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'BRL',
      'is inside the window, in BRL',
    );
    signIn('main');
    const user = userEvent.setup();
    const { host, view } = renderWidget({ locale: 'en' });
    const events = recordCancelEvents(host);
    await openOrder(view, user, order.orderId);
    expect(sectionLines(view)).toEqual([
      '25 minutes left to cancel right away; then the store must approve.',
      'Cancel order',
    ]);

    const dialog = await fillDialog(view, user, 'I ordered by mistake');
    expect(normaliseSpaces(dialog.querySelector('.cancel-consequence')?.textContent)).toBe(
      'It is canceled at once; any payment is refunded the way you paid.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    await expect.poll(() => dialog.open).toBe(false);
    const canceledAt = expectedDateTime(nowIso(), SHOPPER_OFFSET, 'en');
    expect(sectionLines(view)).toEqual([
      `Canceled on ${canceledAt}.`,
      'The refund goes to your original payment method. Card refunds can take up to two statements to show.',
      'Questions about the refund? Contact the store.',
    ]);
    expect(liveText(view)).toContain(`Order ${order.orderId} is canceled.`);
    expect(requestsTo(backend, 'user-cancel-request')).toHaveLength(1);
    signIn('main');
    const stored = await readDetail(order.orderId);
    expect(stored.status).toBe('canceled');
    expect(stored.cancellationRequests?.at(-1)?.reason).toBe('I ordered by mistake');
    expect(events).toEqual([
      {
        type: 'my-orders:cancel-requested',
        detail: { orderId: order.orderId, outcome: 'canceled', reason: 'I ordered by mistake' },
        bubbles: true,
        composed: true,
      },
    ]);
  });

  it('after the window: a request the store must approve, shown with its reason and date', async () => {
    const order = pick(details, afterWindow, 'is past the window with nothing invoiced');
    signIn('main');
    const user = userEvent.setup();
    const { host, view } = renderWidget({ locale: 'en' });
    const events = recordCancelEvents(host);
    await openOrder(view, user, order.orderId);
    expect(sectionLines(view)).toEqual(['Instant cancellation is over: the store must now approve.', 'Cancel order']);

    const dialog = await fillDialog(view, user, 'Other', '  The colour is not what I expected  ');
    expect(
      [...dialog.querySelectorAll('.cancel-consequence p')].map((line) => normaliseSpaces(line.textContent)),
    ).toEqual([
      'Instant cancellation is over: the store must now approve.',
      'Once sent, a request cannot be withdrawn.',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));

    await expect.poll(() => dialog.open).toBe(false);
    const requestedAt = expectedDateTime(nowIso(), SHOPPER_OFFSET, 'en');
    expect(sectionLines(view)).toEqual([
      'Cancellation requested',
      'Requested on',
      requestedAt,
      'Reason',
      'The colour is not what I expected',
      'The store’s decision will appear here. A request cannot be withdrawn.',
      'If it is urgent, contact the store.',
    ]);
    expect(liveText(view)).toContain(`Cancellation requested for order ${order.orderId}.`);
    signIn('main');
    const stored = await readDetail(order.orderId);
    expect(stored.status).toBe('cancellation-requested');
    expect(stored.cancellationRequests?.at(-1)?.reason).toBe('The colour is not what I expected');
    expect(events.map((event) => event.detail)).toEqual([
      { orderId: order.orderId, outcome: 'requested', reason: 'The colour is not what I expected' },
    ]);
  });

  it('offers the store’s own reasons, plus Other, and sends the chosen label', async () => {
    const order = pick(details, afterWindow, 'is past the window with nothing invoiced');
    signIn('main');
    const user = userEvent.setup();
    const { host, view } = renderWidget({
      locale: 'en',
      reasons: ['  Changed my mind ', 'Changed my mind', '', 'Too expensive', 'other'],
    });
    const events = recordCancelEvents(host);
    await openOrder(view, user, order.orderId);
    const dialog = await openDialog(view, user);
    const group = within(dialog).getByRole('group', { name: 'Why do you want to cancel?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => normaliseSpaces(radio.closest('label')?.textContent)),
    ).toEqual(['Changed my mind', 'Too expensive', 'Other']);

    await user.click(within(group).getByRole('radio', { name: 'Too expensive' }));
    await user.click(within(dialog).getByRole('button', { name: 'Request cancellation' }));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail).toEqual({ orderId: order.orderId, outcome: 'requested', reason: 'Too expensive' });
  });

  it('sends the chosen reason in the shopper’s language', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { host, view } = renderWidget({ locale: 'pt-BR' });
    const events = recordCancelEvents(host);
    await openFromList(view, user, order.orderId, PT_LABELS);
    const section = (await view.findByRole('heading', { level: 3, name: 'Cancelamento' })).closest(
      'section',
    ) as HTMLElement;
    await user.click(within(section).getByRole('button', { name: 'Cancelar pedido' }));
    const dialog = section.querySelector('dialog') as HTMLDialogElement;
    await expect.poll(() => dialog.open).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'Encontrei um preço melhor' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar pedido' }));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail).toEqual({
      orderId: order.orderId,
      outcome: 'canceled',
      reason: 'Encontrei um preço melhor',
    });
  });

  it('closes on "Keep my order" without sending, and keeps the reason for next time', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    const dialog = await fillDialog(view, user, 'Other', 'Wrong size');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my order' }));
    await expect.poll(() => dialog.open).toBe(false);
    expect(requestsTo(backend, 'user-cancel-request')).toHaveLength(0);

    expect(await openDialog(view, user)).toBe(dialog);
    expect((within(dialog).getByRole('radio', { name: 'Other' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: 'Your reason' }) as HTMLTextAreaElement).value).toBe(
      'Wrong size',
    );
  });

  it('Escape and "Cancel order" at once, before the widget redraws: the dialog opens again', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    const dialog = await fillDialog(view, user, 'Other', 'Wrong size');

    // What a browser does on Escape (a `cancel` event, then the dialog closes), and the
    // shopper's Enter on "Cancel order" in the same task: no redraw in between.
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    cancelSection(view).querySelector<HTMLButtonElement>('button')?.click();

    await expect.poll(() => dialog.open).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: 'Your reason' }) as HTMLTextAreaElement).value).toBe(
      'Wrong size',
    );
  });
});
