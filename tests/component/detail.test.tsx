/**
 * The order detail, opened from its row in the list, for an order of every status group:
 * the stage in words, the timeline (each step's state in words, requests with their outcome),
 * the way back, focus, and "Buy again".
 */

import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { expectedDateTime, openFromList, pick, timelineSteps, useSeedDetails } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];
const requestsOf = (order: WireOrderDetail) => order.cancellationRequests ?? [];
const delivered = (order: WireOrderDetail) =>
  packagesOf(order).length > 0 && packagesOf(order).every((pkg) => pkg.courierStatus?.finished === true);

const AHEAD: Array<[string, string]> = [
  ['Preparing', 'Current step'],
  ['Shipped', 'Upcoming'],
  ['Delivered', 'Upcoming'],
];
const BEFORE_PAYMENT: Array<[string, string]> = [
  ['Order placed', 'Done'],
  ['Payment approval', 'Current step'],
  ['Preparing', 'Upcoming'],
  ['Shipped', 'Upcoming'],
  ['Delivered', 'Upcoming'],
];
const PAID: Array<[string, string]> = [
  ['Order placed', 'Done'],
  ['Payment approved', 'Done'],
];

interface StatusCase {
  name: string;
  test(order: WireOrderDetail): boolean;
  badge: string;
  steps: Array<[string, string]>;
  notes?: string[];
}

const CASES: StatusCase[] = [
  { name: 'placed', test: (o) => o.status === 'order-created', badge: 'Order placed', steps: BEFORE_PAYMENT },
  {
    name: 'payment pending',
    test: (o) => o.status === 'payment-pending',
    badge: 'Payment pending',
    steps: BEFORE_PAYMENT,
  },
  {
    name: 'payment approved',
    test: (o) => o.status === 'payment-approved',
    badge: 'Payment approved',
    steps: [...PAID, ...AHEAD],
  },
  {
    name: 'inside the grace window',
    test: (o) => o.status === 'window-to-cancel',
    badge: 'Preparing',
    steps: [...PAID, ...AHEAD],
  },
  {
    name: 'payment denied',
    test: (o) => o.status === 'payment-denied',
    badge: 'Payment denied',
    steps: [
      ['Order placed', 'Done'],
      ['Payment approval', 'Denied'],
    ],
    notes: ['Order again with another payment method, or contact the store.'],
  },
  {
    name: 'preparing',
    test: (o) => o.status === 'handling' && packagesOf(o).length === 0 && requestsOf(o).length === 0,
    badge: 'Preparing',
    steps: [...PAID, ...AHEAD],
  },
  {
    name: 'shipped',
    test: (o) => o.status === 'invoiced' && !delivered(o),
    badge: 'Shipped',
    steps: [...PAID, ['Preparing', 'Done'], ['Shipped', 'Current step'], ['Delivered', 'Upcoming']],
  },
  {
    name: 'delivered',
    test: (o) => o.status === 'invoiced' && delivered(o),
    badge: 'Delivered',
    steps: [...PAID, ['Preparing', 'Done'], ['Shipped', 'Done'], ['Delivered', 'Done']],
  },
  {
    name: 'cancellation requested',
    test: (o) => o.status === 'cancellation-requested',
    badge: 'Cancellation requested',
    steps: [
      ...PAID,
      ['Cancellation requested by you', 'Current step'],
      ['Preparing', 'Upcoming'],
      ['Shipped', 'Upcoming'],
      ['Delivered', 'Upcoming'],
    ],
    notes: ['Reason: Encontrei o produto mais barato em outra loja.', 'Waiting for the store’s decision'],
  },
  {
    name: 'cancellation denied by the seller',
    test: (o) => o.status === 'handling' && requestsOf(o).some((request) => request.deniedBySeller),
    badge: 'Preparing',
    steps: [...PAID, ['Cancellation requested by you', 'Done'], ['Cancellation denied by the store', 'Done'], ...AHEAD],
    notes: [
      'Reason: Comprei por engano.',
      'Store’s reason: O pedido já foi separado e embalado no nosso centro de distribuição.',
    ],
  },
  {
    name: 'being canceled',
    test: (o) => o.status === 'cancel',
    badge: 'Canceling',
    steps: [
      ...PAID,
      ['Cancellation requested by you', 'Done'],
      ['Cancellation approved', 'Done'],
      ['Canceled by you', 'Current step'],
    ],
  },
  {
    name: 'canceled after the shopper’s request',
    test: (o) => o.status === 'canceled' && o.storePreferencesData?.currencyCode === 'USD' && requestsOf(o).length > 0,
    badge: 'Canceled',
    steps: [
      ...PAID,
      ['Cancellation requested by you', 'Done'],
      ['Cancellation approved', 'Done'],
      ['Canceled by you', 'Done'],
    ],
    notes: ['Reason: The delivery date is too late for me.'],
  },
  {
    name: 'canceled by the store',
    test: (o) => o.status === 'canceled' && o.cancellationData?.RequestedBySellerNotification === true,
    badge: 'Canceled',
    steps: [...PAID, ['Canceled by the store', 'Done']],
    notes: ['Reason: Produto sem estoque no momento do faturamento.'],
  },
];

describe('order detail by status group', () => {
  it.each(CASES)('$name: stage in words and a timeline with each step’s state', async (statusCase) => {
    const order = pick(details, statusCase.test, `is ${statusCase.name}`);
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    expect(normaliseSpaces(view.getByText(statusCase.badge, { selector: '.detail-stage *' }).textContent)).toBe(
      statusCase.badge,
    );
    const steps = timelineSteps(view);
    expect(steps.map(([title, state]) => [title, state])).toEqual(statusCase.steps);
    const lines = steps.flat();
    for (const note of statusCase.notes ?? []) expect(lines).toContain(note);
    expect(lines.join(' ')).not.toMatch(/Invalid Date|NaN|null|undefined/);
  });

  it('dates each step that happened in the shopper’s zone, not the store’s; a step VTEX never dates shows none', async () => {
    const order = pick(
      details,
      (o) => o.status === 'invoiced' && delivered(o) && o.storePreferencesData?.currencyCode === 'USD',
      'was delivered in the US',
    );
    // No `time-zone` option: the shopper's own zone (São Paulo, UTC-3), not the US store's.
    vi.stubEnv('TZ', 'America/Sao_Paulo');
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const offset = -3;
    const [placed, payment, preparing, shipped, deliveredStep] = timelineSteps(view);
    expect(placed?.[2]).toBe(expectedDateTime(order.creationDate, offset, 'en'));
    expect(payment?.[2]).toBe(expectedDateTime(order.authorizedDate ?? '', offset, 'en'));
    // VTEX records no date for the start of preparation: the step shows none rather than a wrong one.
    expect(preparing).toEqual(['Preparing', 'Done']);
    expect(shipped?.[2]).toBe(expectedDateTime(order.invoicedDate ?? '', offset, 'en'));
    expect(deliveredStep?.[2]).toBe(
      expectedDateTime(packagesOf(order)[0]?.courierStatus?.deliveredDate ?? '', offset, 'en'),
    );
  });
});

describe('navigation', () => {
  it('moves focus to the order’s heading on open, and goes back to the same list page and filters', async () => {
    const order = pick(details, (o) => o.status === 'invoiced' && !delivered(o), 'is on its way');
    signIn('main');
    const { host, view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    const heading = await openFromList(view, user, order.orderId);
    expect(host.shadowRoot?.activeElement).toBe(heading);

    // The order is not on the first page, so the helper searched for it: the search survives.
    await user.click(view.getAllByRole('button', { name: 'Back to orders' })[0]!);
    await view.findByRole('heading', { level: 2, name: 'Your orders' });
    expect(view.getByRole('searchbox', { name: 'Order number or product' })).toHaveProperty('value', order.orderId);
    expect(view.getByRole('button', { name: `Order ${order.orderId}` })).toBeTruthy();
    expect(view.queryByRole('heading', { level: 2, name: `Order ${order.orderId}` })).toBeNull();
  });

  it('returns focus to the order’s row in the list', async () => {
    const order = pick(details, (o) => o.status === 'order-created', 'is placed');
    signIn('main');
    const { host, view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await openFromList(view, user, order.orderId);
    await user.click(view.getAllByRole('button', { name: 'Back to orders' })[0]!);
    const row = await view.findByRole('button', { name: `Order ${order.orderId}` });
    await expect.poll(() => host.shadowRoot?.activeElement).toBe(row);
  });
});

describe('buy again', () => {
  const reorderPath = (order: WireOrderDetail) => {
    const lines = (order.items ?? []).filter((item) => !item.isGift);
    const query = lines.map((item) => `sku=${item.id}&qty=${item.quantity}&seller=${item.seller}`).join('&');
    return `/checkout/cart/add?${query}&sc=${order.salesChannel}`;
  };

  it('links to VTEX’s add-to-cart with every item but the gifts, and the sales channel', async () => {
    const order = pick(details, (o) => (o.items ?? []).some((item) => item.isGift), 'has a gift');
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const link = view.getByRole('link', { name: 'Buy again' });
    expect(link.getAttribute('href')).toBe(`${location.origin}${reorderPath(order)}`);
    expect(view.getByText('Gift')).toBeTruthy();
  });

  it('uses the store’s cart address', async () => {
    const order = pick(details, (o) => o.status === 'payment-approved', 'is paid');
    signIn('main');
    const { view } = renderWidget({ locale: 'en', cartUrl: 'https://shop.example.com/checkout/cart/add' });
    await openFromList(view, userEvent.setup(), order.orderId);
    expect(view.getByRole('link', { name: 'Buy again' }).getAttribute('href')).toBe(
      `https://shop.example.com${reorderPath(order)}`,
    );
  });

  it.each([
    { returns: undefined, followsLink: false },
    { returns: true, followsLink: true },
  ])(
    'hands the link to onReorder (returning $returns: follows the link $followsLink)',
    async ({ returns, followsLink }) => {
      const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
      const onReorder = vi.fn(() => returns);
      signIn('main');
      const { host, view } = renderWidget({ locale: 'en', onReorder });
      const user = userEvent.setup();
      await openFromList(view, user, order.orderId);

      const prevented: boolean[] = [];
      host.addEventListener('click', (event) => {
        prevented.push(event.defaultPrevented);
        event.preventDefault(); // keep happy-dom on this page whatever the widget decided
      });
      await user.click(view.getByRole('link', { name: 'Buy again' }));
      expect(onReorder).toHaveBeenCalledTimes(1);
      expect(onReorder).toHaveBeenCalledWith({
        orderId: order.orderId,
        url: `${location.origin}${reorderPath(order)}`,
      });
      expect(prevented).toEqual([!followsLink]);
    },
  );
});

describe('item pictures', () => {
  it('falls back to the placeholder when a picture fails to load', async () => {
    const order = pick(
      details,
      (o) => (o.items ?? []).some((item) => typeof item.imageUrl === 'string'),
      'has a picture',
    );
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);
    const pictures = () => view.getByRole('table').querySelectorAll('img').length;
    const before = pictures();
    expect(before).toBeGreaterThan(0);
    view.getByRole('table').querySelector('img')!.dispatchEvent(new Event('error'));
    await expect.poll(pictures).toBe(before - 1);
  });
});
