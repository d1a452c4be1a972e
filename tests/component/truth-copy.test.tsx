/**
 * Issue #11, finding 6: each state's words come from the state. For five situations whose
 * copy used to be untrue (a delivered order, a denied payment, an order still being confirmed
 * hours later, the grace window lapsing with the dialog open, an order being canceled), the
 * order comes from the mock over MSW and the test reads the exact words a shopper sees, in
 * English, with spot checks in Brazilian Portuguese and Spanish.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  afterWindow,
  cancelSection,
  dialogOf,
  fillDialog,
  inWindow,
  openDialog,
  openOrder,
  openOrderNow,
  sectionLines,
  useSteppedClock,
} from './cancel-helpers.ts';
import {
  ES_LABELS,
  listAll,
  openFromList,
  PT_LABELS,
  pick,
  readDetail,
  section,
  timelineSteps,
  useSeedDetails,
  type View,
} from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

afterEach(() => {
  vi.useRealTimers();
});

const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];
const delivered = (order: WireOrderDetail) =>
  order.status === 'invoiced' &&
  packagesOf(order).length > 0 &&
  packagesOf(order).every((pkg) => pkg.courierStatus?.finished === true);

const LINKS = { contactUrl: '/help/contact?order={orderId}', returnsUrl: '/returns/new?order={orderId}' };
const contactHref = (orderId: string) => `${location.origin}/help/contact?order=${encodeURIComponent(orderId)}`;
const returnsHref = (orderId: string) => `${location.origin}/returns/new?order=${encodeURIComponent(orderId)}`;

const linksOf = (view: View) =>
  within(cancelSection(view))
    .queryAllByRole('link')
    .map((link) => [normaliseSpaces(link.textContent), link.getAttribute('href')]);

/** The stage badge of the open order, as read. */
const detailBadge = (view: View) =>
  normaliseSpaces(view.getByRole('article').querySelector('.detail-stage .status-badge')?.textContent);

/** Serves one order's detail with some fields changed; every other request goes to the mock. */
function serveDetailWith(order: WireOrderDetail, change: Partial<WireOrderDetail>): void {
  server.use(
    http.get('*/api/oms/user/orders/:orderId', ({ params }) =>
      params.orderId === order.orderId ? HttpResponse.json({ ...order, ...change }) : undefined,
    ),
  );
}

describe('a delivered order', () => {
  const deliveredOrder = () => pick(details, (o) => delivered(o) && o.allowCancellation !== true, 'was delivered');

  it('says it was delivered and points to the store’s returns page, not to a return “after it arrives”', async () => {
    const order = deliveredOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual([
      'This order was delivered and can no longer be canceled.',
      'You can ask the store for a return.',
      'Start a return',
      'Contact the store',
    ]);
    expect(linksOf(view)).toEqual([
      ['Start a return', returnsHref(order.orderId)],
      ['Contact the store', contactHref(order.orderId)],
    ]);
  });

  it('without a returns page, the words stay true and the store is the way to a return', async () => {
    const order = deliveredOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'en', contactUrl: LINKS.contactUrl });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual([
      'This order was delivered and can no longer be canceled.',
      'You can ask the store for a return.',
      'Contact the store',
    ]);
  });

  it('in Brazilian Portuguese', async () => {
    const order = deliveredOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'pt-BR', ...LINKS });
    await openFromList(view, userEvent.setup(), order.orderId, PT_LABELS);
    await view.findByRole('heading', { level: 3, name: 'Cancelamento' });

    const body = section(view, 'Cancelamento');
    expect(lines(body)).toEqual([
      'Este pedido foi entregue e não pode mais ser cancelado.',
      'Você pode pedir uma devolução à loja.',
      'Iniciar uma devolução',
      'Fale com a loja',
    ]);
  });
});

describe('a denied payment', () => {
  const deniedOrder = () => pick(details, (o) => o.status === 'payment-denied', 'had its payment denied');

  it('the timeline says the payment was denied and what to do, not “Did not happen”', async () => {
    const order = deniedOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, userEvent.setup(), order.orderId);

    const steps = timelineSteps(view);
    expect(steps.map(([title, state]) => [title, state])).toEqual([
      ['Order placed', 'Done'],
      ['Payment approval', 'Denied'],
    ]);
    expect(steps[1]).toEqual([
      'Payment approval',
      'Denied',
      'Order again with another payment method, or contact the store.',
    ]);
    expect(detailBadge(view)).toBe('Payment denied');
  });

  it('offered cancel (allowCancellation true): no “not approved yet”, the dialog says what cancel does', async () => {
    const order = pick(
      details,
      (o) => o.status === 'payment-denied' && o.allowCancellation === true,
      'had its payment denied and may be canceled',
    );
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);

    expect(sectionLines(view)).toEqual(['Cancel order']);
    const dialog = await openDialog(view, user);
    expect(
      [...dialog.querySelectorAll('.cancel-consequence p')].map((line) => normaliseSpaces(line.textContent)),
    ).toEqual(['It is canceled at once; any payment is refunded the way you paid.']);
  });

  it('not offered (allowCancellation false): no “cancel right away”, no “check again”, no cancel button', async () => {
    const order = deniedOrder();
    serveDetailWith(order, { allowCancellation: false });
    signIn('main');
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual([
      'This order cannot be canceled at its current step.',
      'To cancel it, contact the store.',
      'Contact the store',
    ]);
    expect(within(cancelSection(view)).queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('in Spanish', async () => {
    const order = deniedOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'es' });
    await openFromList(view, userEvent.setup(), order.orderId, ES_LABELS);
    await view.findByRole('heading', { level: 3, name: 'Cancelación' });

    expect(timelineSteps(view, 'Progreso')[1]).toEqual([
      'Aprobación del pago',
      'Rechazada',
      'Vuelve a pedir con otro medio de pago, o contacta a la tienda.',
    ]);
    expect(lines(section(view, 'Cancelación'))).toEqual(['Cancelar pedido']);
  });
});

describe('an order still being confirmed', () => {
  const STILL_TRUE = ['This order is still being confirmed.', 'To cancel it, contact the store.', 'Contact the store'];

  it('just created: words that stay true if it stays so for hours', async () => {
    const order = pick(details, (o) => o.status === 'order-created', 'was just created');
    signIn('main');
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual(STILL_TRUE);
  });

  it('incomplete, hours old: the same words, never “check again in a few minutes”', async () => {
    signIn('main');
    const incomplete = (await listAll()).filter((row) => row.orderIsComplete === false);
    expect(incomplete).toHaveLength(1);
    const order = pick(details, (o) => o.orderId === incomplete[0]?.orderId, 'is incomplete');
    expect(Date.parse(order.creationDate)).toBeLessThan(backend.clock.now() - 2 * 3_600_000);
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual(STILL_TRUE);
  });
});

describe('the grace window lapses while the dialog is open', () => {
  it('the dialog says the window closed and the store must approve, not that the store has started', async () => {
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'USD',
      'is inside the window, in USD',
    );
    signIn('main');
    const clock = useSteppedClock(backend);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { view } = renderWidget({ locale: 'en' });
    await openOrderNow(view, user, order.orderId);
    await user.click(within(cancelSection(view)).getByRole('button', { name: 'Cancel order' }));
    await vi.advanceTimersByTimeAsync(0);
    const dialog = dialogOf(view);
    expect(dialog.open).toBe(true);
    const consequence = () =>
      [...dialog.querySelectorAll('.cancel-consequence p')].map((line) => normaliseSpaces(line.textContent));
    expect(consequence()).toEqual(['It is canceled at once; any payment is refunded the way you paid.']);

    // The seeded order's window has 10 minutes left.
    await clock.advance(10 * 60_000 + 1_000);

    expect(dialog.open).toBe(true);
    expect(consequence()).toEqual([
      'Instant cancellation is over: the store must now approve.',
      'Once sent, a request cannot be withdrawn.',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Request cancellation' })).toBeTruthy();
    expect(normaliseSpaces(dialog.textContent)).not.toContain('has started');
  });
});

describe('a request without a known window', () => {
  it('no payment approval date: the dialog claims neither a closed window nor a started store', async () => {
    const order = pick(details, afterWindow, 'is past the window');
    serveDetailWith(order, { authorizedDate: null });
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    expect(sectionLines(view)).toEqual(['Cancel order']);

    const dialog = await openDialog(view, user);
    expect(
      [...dialog.querySelectorAll('.cancel-consequence p')].map((line) => normaliseSpaces(line.textContent)),
    ).toEqual(['The store must approve this request.', 'Once sent, a request cannot be withdrawn.']);
    expect(within(dialog).getByRole('button', { name: 'Request cancellation' })).toBeTruthy();
  });
});

describe('an order being canceled', () => {
  const cancelingOrder = () => pick(details, (o) => o.status === 'cancel', 'is being canceled');

  it('status cancel: the badge says “Canceling”, as the text does, in the detail and in the list', async () => {
    const order = cancelingOrder();
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });

    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    await user.type(view.getByRole('searchbox', { name: 'Order number or product' }), `${order.orderId}{Enter}`);
    await expect
      .poll(() => view.queryAllByRole('button', { name: /^Order / }).map((row) => row.textContent))
      .toEqual([`Order ${order.orderId}`]);
    const row = view.getByRole('button', { name: `Order ${order.orderId}` }).closest('li');
    expect(normaliseSpaces(row?.querySelector('.status-badge')?.textContent)).toBe('Canceling');

    await openOrder(view, user, order.orderId);
    expect(detailBadge(view)).toBe('Canceling');
    expect(sectionLines(view)[0]).toBe('Your order is being canceled.');
  });

  it('canceled inside the window, the write not yet done: “Canceling”, not “Cancellation requested”', async () => {
    // The mock's clock is frozen: the order stays `cancel` until the lag is over.
    backend.settings.writeLagMs = 60_000;
    const order = pick(
      details,
      (o) => inWindow(o) && o.storePreferencesData?.currencyCode === 'BRL',
      'is inside the window, in BRL',
    );
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en' });
    await openOrder(view, user, order.orderId);
    expect(detailBadge(view)).toBe('Preparing');

    const dialog = await fillDialog(view, user, 'I found a better price');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await expect.poll(() => dialog.open).toBe(false);

    expect((await readDetail(order.orderId)).status).toBe('cancel');
    expect(sectionLines(view)[0]).toBe('Your order is being canceled.');
    expect(detailBadge(view)).toBe('Canceling');
  });

  it('in Brazilian Portuguese', async () => {
    const order = cancelingOrder();
    signIn('main');
    const { view } = renderWidget({ locale: 'pt-BR' });
    await openFromList(view, userEvent.setup(), order.orderId, PT_LABELS);
    await view.findByRole('heading', { level: 3, name: 'Cancelamento' });

    expect(detailBadge(view)).toBe('Cancelando');
    expect(lines(section(view, 'Cancelamento'))[0]).toBe('Seu pedido está sendo cancelado.');
  });
});

/** A cancellation section's lines as read (the dialog aside). */
function lines(section: HTMLElement): string[] {
  const body = section.querySelector('.cancel-body');
  if (!body) throw new Error('no cancellation body');
  return [...body.querySelectorAll('p, dt, dd, a, button')].map((line) => normaliseSpaces(line.textContent));
}
