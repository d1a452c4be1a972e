/**
 * Exact money and dates on the detail in en, pt-BR and es (whole strings, expected values
 * written by hand from the fixture's wire values), split purchases, pickup, and tracking.
 */

import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  EN_LABELS,
  ES_LABELS,
  expectedDate,
  expectedDateTime,
  expectedMoney,
  type ListLabels,
  type Locale,
  openFromList,
  PT_LABELS,
  pairs,
  pick,
  section,
  timelineSteps,
  useSeedDetails,
} from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

/**
 * Every date is in one zone, the shopper's own when the store sets no `time-zone` (docs/domain.md,
 * "Time zones"), whatever the order's store zone: the shopper here is in São Paulo, UTC-3 all year.
 */
const SHOPPER_OFFSET = -3;
beforeEach(() => {
  vi.stubEnv('TZ', 'America/Sao_Paulo');
});

const currencyOf = (order: WireOrderDetail) => order.storePreferencesData?.currencyCode ?? '';
const totalOf = (order: WireOrderDetail, id: string) => order.totals?.find((total) => total.id === id)?.value ?? NaN;
const firstPayment = (order: WireOrderDetail) => order.paymentData?.transactions?.[0]?.payments?.[0];

interface LocaleCase {
  locale: Locale;
  labels: ListLabels;
  words: {
    placedOn: string;
    totals: [string, string, string, string, string];
    summary: string;
    items: string;
    payment: string;
    method: string;
    amount: string;
    installments: (count: number) => string;
    endingIn: (digits: string) => string;
    was: string;
    progress: string;
  };
}

const LOCALES: LocaleCase[] = [
  {
    locale: 'en',
    labels: EN_LABELS,
    words: {
      placedOn: 'Placed on',
      totals: ['Items', 'Discounts', 'Shipping', 'Tax', 'Total'],
      summary: 'Summary',
      items: 'Items',
      payment: 'Payment',
      method: 'Method',
      amount: 'Amount',
      installments: (count) => `in ${count} installments`,
      endingIn: (digits) => `ending in ${digits}`,
      was: 'Was',
      progress: 'Progress',
    },
  },
  {
    locale: 'pt-BR',
    labels: PT_LABELS,
    words: {
      placedOn: 'Feito em',
      totals: ['Itens', 'Descontos', 'Frete', 'Impostos', 'Total'],
      summary: 'Resumo',
      items: 'Itens',
      payment: 'Pagamento',
      method: 'Forma de pagamento',
      amount: 'Valor',
      installments: (count) => `em ${count} parcelas`,
      endingIn: (digits) => `final ${digits}`,
      was: 'De',
      progress: 'Andamento',
    },
  },
  {
    locale: 'es',
    labels: ES_LABELS,
    words: {
      placedOn: 'Realizado el',
      totals: ['Artículos', 'Descuentos', 'Envío', 'Impuestos', 'Total'],
      summary: 'Resumen',
      items: 'Artículos',
      payment: 'Pago',
      method: 'Medio de pago',
      amount: 'Importe',
      installments: (count) => `en ${count} cuotas`,
      endingIn: (digits) => `terminada en ${digits}`,
      was: 'Antes',
      progress: 'Progreso',
    },
  },
];

describe('money in the order’s currency, dates in the shopper’s zone', () => {
  it.each(LOCALES)(
    '$locale: totals, item prices, payment, placed date and step dates',
    async ({ locale, labels, words }) => {
      const order = pick(
        details,
        (o) =>
          currencyOf(o) === 'BRL' &&
          totalOf(o, 'Discounts') < 0 &&
          (o.items ?? []).some((item) => item.listPrice > item.sellingPrice) &&
          (firstPayment(o)?.installments ?? 0) > 1 &&
          o.authorizedDate !== null,
        'is a BRL order with a discount, a sale price and installments',
      );
      const money = (cents: number) => expectedMoney(cents, 'BRL', locale);
      const offset = SHOPPER_OFFSET;
      signIn('main');
      const { view } = renderWidget({ locale });
      await openFromList(view, userEvent.setup(), order.orderId, labels);

      expect(normaliseSpaces(view.getByText(new RegExp(`^${words.placedOn} `)).textContent)).toBe(
        `${words.placedOn} ${expectedDate(order.creationDate, offset, locale)}`,
      );

      const totals = section(view, words.summary).querySelector('dl');
      expect(pairs(totals!)).toEqual([
        [words.totals[0], money(totalOf(order, 'Items'))],
        [words.totals[1], money(totalOf(order, 'Discounts'))],
        [words.totals[2], money(totalOf(order, 'Shipping'))],
        [words.totals[3], money(totalOf(order, 'Tax'))],
        [words.totals[4], money(order.value)],
      ]);
      expect(totalOf(order, 'Discounts')).toBeLessThan(0);
      expect(pairs(totals!)[1]?.[1]).toMatch(/^-/);

      const rows = section(view, words.items).querySelectorAll('tbody tr');
      expect(rows).toHaveLength(order.items?.length ?? 0);
      (order.items ?? []).forEach((item, index) => {
        const cells = [...(rows[index]?.querySelectorAll('td') ?? [])].map((cell) => normaliseSpaces(cell.textContent));
        const unit = money(item.sellingPrice);
        const was =
          item.listPrice > item.sellingPrice ? `${money(item.listPrice)}${words.was} ${money(item.listPrice)} ` : '';
        expect(cells).toEqual([String(item.quantity), `${was}${unit}`, money(item.sellingPrice * item.quantity)]);
      });

      const payment = firstPayment(order)!;
      const paymentPairs = pairs(section(view, words.payment).querySelector('dl')!);
      expect(paymentPairs).toEqual([
        [words.method, `${payment.paymentSystemName} ${words.endingIn(payment.lastDigits ?? '')}`],
        [words.amount, `${money(order.value)} ${words.installments(payment.installments ?? 0)}`],
      ]);

      const [placed, paid] = timelineSteps(view, words.progress);
      expect(placed?.[2]).toBe(expectedDateTime(order.creationDate, offset, locale));
      expect(paid?.[2]).toBe(expectedDateTime(order.authorizedDate ?? '', offset, locale));
    },
  );

  it.each([
    { currency: 'USD', locale: 'en' as const, labels: EN_LABELS, placedOn: 'Placed on', total: 'Total' },
    { currency: 'EUR', locale: 'es' as const, labels: ES_LABELS, placedOn: 'Realizado el', total: 'Total' },
  ])(
    '$currency order in $locale: its own currency, dates in the shopper’s zone',
    async ({ currency, locale, labels, placedOn }) => {
      const order = pick(
        details,
        (o) => currencyOf(o) === currency && ['payment-approved', 'payment-denied'].includes(o.status),
        `is a recent ${currency} order`,
      );
      const offset = SHOPPER_OFFSET;
      signIn('main');
      const { view } = renderWidget({ locale });
      await openFromList(view, userEvent.setup(), order.orderId, labels);

      expect(normaliseSpaces(view.getByText(new RegExp(`^${placedOn} `)).textContent)).toBe(
        `${placedOn} ${expectedDate(order.creationDate, offset, locale)}`,
      );
      const totals = view.getAllByRole('term').find((term) => term.closest('.totals-grand'));
      expect(normaliseSpaces(totals?.nextElementSibling?.textContent)).toBe(
        expectedMoney(order.value, currency, locale),
      );
      expect(timelineSteps(view, locale === 'en' ? 'Progress' : 'Progreso')[0]?.[2]).toBe(
        expectedDateTime(order.creationDate, offset, locale),
      );
    },
  );
});

describe('split purchase', () => {
  it('names the purchase, links its other orders, and names each item’s seller', async () => {
    const groups = new Map<string, WireOrderDetail[]>();
    for (const order of details)
      groups.set(order.orderGroup ?? '', [...(groups.get(order.orderGroup ?? '') ?? []), order]);
    const split = [...groups.values()].find(
      (orders) => orders.length > 1 && orders.some((o) => o.sellers?.[0]?.id !== '1'),
    );
    if (!split) throw new Error('the mock has no split purchase with a marketplace seller');
    const marketplace = split.find((o) => o.sellers?.[0]?.id !== '1')!;
    const store = split.find((o) => o.sellers?.[0]?.id === '1')!;
    signIn('main');
    const { host, view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await openFromList(view, user, marketplace.orderId);

    expect(view.getByText(`Part of purchase ${marketplace.orderGroup}`)).toBeTruthy();
    expect(view.getAllByText(`Sold by ${marketplace.sellers?.[0]?.name}`)).toHaveLength(marketplace.items?.length ?? 0);
    await user.click(view.getByRole('button', { name: `Order ${store.orderId}` }));

    const heading = await view.findByRole('heading', { level: 2, name: `Order ${store.orderId}` });
    await expect.poll(() => host.shadowRoot?.activeElement).toBe(heading);
    expect(view.getAllByText(`Sold by ${store.sellers?.[0]?.name}`)).toHaveLength(store.items?.length ?? 0);
    expect(view.getByRole('button', { name: `Order ${marketplace.orderId}` })).toBeTruthy();
  });
});

describe('delivery', () => {
  it('shows the pickup point, its address and instructions, and the estimate', async () => {
    const order = pick(
      details,
      (o) =>
        o.shippingData?.logisticsInfo?.[0]?.deliveryChannel === 'pickup-in-point' &&
        currencyOf(o) === 'USD' &&
        o.status === 'window-to-cancel',
      'is a US pickup order',
    );
    const info = order.shippingData?.logisticsInfo?.[0];
    const point = info?.pickupStoreInfo;
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const pickup = section(view, 'Pickup');
    const pointLines = [...pickup.querySelectorAll('dd .pickup-name, dd .postal-address-line')].map((line) =>
      normaliseSpaces(line.textContent),
    );
    expect(pointLines).toEqual([point?.friendlyName, point?.address]);
    expect(pairs(pickup.querySelector('dl')!)).toEqual([
      ['Shipping method', info?.selectedSla],
      ['Pickup point', `${point?.friendlyName}${point?.address}`],
      ['Pickup instructions', point?.additionalInfo],
      ['Estimate', `Estimated by ${expectedDate(info?.shippingEstimateDate ?? '', SHOPPER_OFFSET, 'en')}`],
    ]);
  });

  it('shows the receiver and the address of a home delivery', async () => {
    const order = pick(details, (o) => o.status === 'payment-denied', 'had its payment denied');
    const address = order.shippingData?.address;
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const lines = [...section(view, 'Delivery').querySelectorAll('.postal-address-line')].map((line) =>
      normaliseSpaces(line.textContent),
    );
    expect(lines).toEqual([
      `Receiver: ${address?.receiverName}`,
      `${address?.street}, ${address?.number}, ${address?.complement}`,
      address?.neighborhood,
      `${address?.city} - ${address?.state}, ${address?.postalCode}`,
    ]);
  });
});

describe('packages and tracking', () => {
  it('shows carrier, tracking link, invoice link, events newest first and the delivered date', async () => {
    const order = pick(
      details,
      (o) =>
        currencyOf(o) === 'BRL' && (o.packageAttachment?.packages ?? []).some((pkg) => pkg.courierStatus?.finished),
      'was delivered in Brazil',
    );
    const pkg = order.packageAttachment!.packages[0]!;
    const offset = SHOPPER_OFFSET;
    signIn('main');
    const { view } = renderWidget({ locale: 'pt-BR' });
    await openFromList(view, userEvent.setup(), order.orderId, PT_LABELS);

    const shipments = section(view, 'Envios');
    const deliveredText = normaliseSpaces(shipments.querySelector('.package-state')?.textContent);
    expect(deliveredText).toBe(`Entregue em ${expectedDate(pkg.courierStatus?.deliveredDate ?? '', offset, 'pt-BR')}`);
    const facts = pairs(shipments.querySelector('dl')!);
    expect(facts).toContainEqual(['Transportadora', pkg.courier]);
    expect(facts).toContainEqual(['Código de rastreio', pkg.trackingNumber]);

    const track = view.getByRole('link', { name: 'Rastrear este pacote (abre em uma nova aba)' });
    expect(track.getAttribute('href')).toBe(pkg.trackingUrl);
    expect(track.getAttribute('target')).toBe('_blank');
    expect(track.getAttribute('rel')).toBe('noopener noreferrer');
    expect(view.getByRole('link', { name: 'Ver nota fiscal (abre em uma nova aba)' }).getAttribute('href')).toBe(
      pkg.invoiceUrl,
    );

    const events = [...(pkg.courierStatus?.data ?? [])].sort((a, b) => (a.date! < b.date! ? 1 : -1));
    const shown = view.getAllByRole('list', { name: 'Histórico de rastreio' })[0]!.querySelectorAll('li');
    expect([...shown].map((item) => normaliseSpaces(item.textContent))).toEqual(
      events.map(
        (event) =>
          `${expectedDateTime(event.date ?? '', offset, 'pt-BR')}${event.description}${event.city}, ${event.state}`,
      ),
    );
    const lastStep = timelineSteps(view, 'Andamento').at(-1);
    expect(lastStep).toEqual([
      'Entregue',
      'Concluído',
      expectedDateTime(pkg.courierStatus?.deliveredDate ?? '', offset, 'pt-BR'),
    ]);
  });
});
