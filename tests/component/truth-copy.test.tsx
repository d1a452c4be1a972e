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
import { cancelSection, openOrder, sectionLines } from './cancel-helpers.ts';
import {
  ES_LABELS,
  listAll,
  openFromList,
  PT_LABELS,
  pick,
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
      'This order was delivered, so it can no longer be canceled.',
      'If you no longer want it, you can ask the store for a return.',
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
      'This order was delivered, so it can no longer be canceled.',
      'If you no longer want it, you can ask the store for a return.',
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
      'Este pedido foi entregue, então não pode mais ser cancelado.',
      'Se não quiser mais o pedido, você pode pedir uma devolução à loja.',
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

  it('offered cancel (allowCancellation true): no “not approved yet”', async () => {
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
  });

  it('not offered (allowCancellation false): no “cancel right away”, no “check again”, no cancel button', async () => {
    const order = deniedOrder();
    serveDetailWith(order, { allowCancellation: false });
    signIn('main');
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, userEvent.setup(), order.orderId);

    expect(sectionLines(view)).toEqual([
      'This order cannot be canceled at its current step.',
      'If you need to cancel it, contact the store.',
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
      'Haz un nuevo pedido con otro medio de pago, o contacta a la tienda.',
    ]);
    expect(lines(section(view, 'Cancelación'))).toEqual(['Cancelar pedido']);
  });
});

describe('an order still being confirmed', () => {
  const STILL_TRUE = [
    'This order is still being confirmed.',
    'If you need to cancel it, contact the store.',
    'Contact the store',
  ];

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

/** A cancellation section's lines as read (the dialog aside). */
function lines(section: HTMLElement): string[] {
  const body = section.querySelector('.cancel-body');
  if (!body) throw new Error('no cancellation body');
  return [...body.querySelectorAll('p, dt, dd, a, button')].map((line) => normaliseSpaces(line.textContent));
}
