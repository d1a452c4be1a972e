/**
 * What a row says, word for word, in each locale: money in the order's currency, the date in
 * the store's zone, the item names and count, and how fresh the list is. The expected strings
 * are literals derived from the fixture's known values (checked first over plain HTTP), not
 * from the widget's own formatters.
 */

import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderList, WireOrderListItem } from '../../src/contract/vtex-orders.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { signIn, renderWidget } = useMockBackend();

async function rawFirstPage(): Promise<WireOrderListItem[]> {
  const response = await fetch('/api/oms/user/orders?page=1&per_page=15');
  return ((await response.json()) as WireOrderList).list;
}

/** The fixture's BRL order in its grace window: 2 936,50 reais, 1 + 3 units, placed 09 min before the mock's now. */
const BRL_ORDER = { totalValue: 293650, currencyCode: 'BRL', creationDate: '2026-06-15T11:51:00.000Z' };
/** The fixture's EUR order with approved payment: 172,50 euros. */
const EUR_ORDER = { totalValue: 17250, currencyCode: 'EUR' };

const EXPECTED = {
  en: {
    brl: 'R$2,936.50',
    eur: '€172.50',
    date: 'Placed on Jun 15, 2026',
    count: '4 items',
    names: 'Tênis de Corrida Ultraleve Masculino and Fone de Ouvido Bluetooth com Cancelamento de Ruído',
    total: 'Total',
  },
  'pt-BR': {
    brl: 'R$ 2.936,50',
    eur: '€ 172,50',
    date: 'Feito em 15 de jun. de 2026',
    count: '4 itens',
    names: 'Tênis de Corrida Ultraleve Masculino e Fone de Ouvido Bluetooth com Cancelamento de Ruído',
    total: 'Total',
  },
  es: {
    // CLDR's Spanish has no symbol for the real: it writes the ISO code, after the amount.
    brl: '2936,50 BRL',
    eur: '172,50 €',
    date: 'Realizado el 15 jun 2026',
    count: '4 artículos',
    names: 'Tênis de Corrida Ultraleve Masculino y Fone de Ouvido Bluetooth com Cancelamento de Ruído',
    total: 'Total',
  },
} as const;

describe('row wording per locale', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  for (const locale of ['en', 'pt-BR', 'es'] as const) {
    it(`formats money, date, items and count in ${locale}`, async () => {
      signIn('main');
      const rows = await rawFirstPage();
      const brl = rows.find(
        (row) => row.currencyCode === BRL_ORDER.currencyCode && row.totalValue === BRL_ORDER.totalValue,
      );
      const eur = rows.find(
        (row) => row.currencyCode === EUR_ORDER.currencyCode && row.totalValue === EUR_ORDER.totalValue,
      );
      expect(brl, 'the fixture changed: pick another BRL order').toBeDefined();
      expect(eur, 'the fixture changed: pick another EUR order').toBeDefined();
      expect(Date.parse(brl?.creationDate ?? '')).toBe(Date.parse(BRL_ORDER.creationDate));

      // The store's zone: 11:51 UTC is 08:51 the same day in São Paulo.
      const { view } = renderWidget({ locale, timeZone: 'America/Sao_Paulo' });
      const expected = EXPECTED[locale];
      const brlRow = await view.findByRole('article', { name: new RegExp(`${brl?.orderId}$`) });
      const eurRow = view.getByRole('article', { name: new RegExp(`${eur?.orderId}$`) });

      expect(normaliseSpaces(brlRow.querySelector('.order-row-money')?.textContent)).toBe(expected.brl);
      expect(normaliseSpaces(eurRow.querySelector('.order-row-money')?.textContent)).toBe(expected.eur);
      expect(normaliseSpaces(within(brlRow).getByText(expected.date).textContent)).toBe(expected.date);
      expect(normaliseSpaces(brlRow.querySelector('.order-row-count')?.textContent)).toBe(expected.count);
      expect(normaliseSpaces(brlRow.querySelector('.order-row-items')?.textContent)).toBe(expected.names);
      expect(normaliseSpaces(brlRow.querySelector('.order-row-total')?.textContent)).toBe(
        `${expected.total} ${expected.brl}`,
      );
    });
  }

  it('says how long ago the list was loaded, in server time', async () => {
    vi.useFakeTimers();
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await vi.advanceTimersByTimeAsync(100);
    expect(view.getAllByRole('article')).toHaveLength(15);
    expect(view.getByText('Updated just now')).toBeTruthy();

    // The model's clock ticks every 30 s; after three minutes the stamp says so.
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(view.getByText('Updated 3 minutes ago')).toBeTruthy();
  });
});
