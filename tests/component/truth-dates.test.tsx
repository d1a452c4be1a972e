/**
 * Issue #11, finding 4: one clock. Every date the widget shows, in the list and in an order
 * (placed, timeline steps, cancellation requests and decisions, deliveries, tracking events), is
 * in ONE zone: the `time-zone` option when set, else the shopper's own; an order's store zone
 * (`storePreferencesData.timeZone`, Europe/Madrid for the mock's euro store) never makes a second
 * clock. Where that zone is not the shopper's, a time names it ("1:10 PM GMT-3").
 *
 * The shopper's zone is the process's (TZ), set per test; expected strings are written by hand
 * (detail-helpers), São Paulo being UTC-3 all year.
 */

import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import {
  expectedDate,
  expectedDateTime,
  openFromList,
  pick,
  section,
  timelineSteps,
  useSeedDetails,
} from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { server, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

/** The shopper's own zone: the device's, which Intl reads from TZ when it changes. */
function shopperIn(zone: string): void {
  vi.stubEnv('TZ', zone);
}
afterEach(() => {
  vi.unstubAllEnvs();
});

const currencyOf = (order: WireOrderDetail) => order.storePreferencesData?.currencyCode;
const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];

/** 1:10 PM in São Paulo, 6:10 PM in Madrid (June). */
const REQUESTED_AT = '2026-06-12T16:10:00.0000000+00:00';
const DENIED_AT = '2026-06-12T19:45:00.0000000+00:00';

/** The mock's euro order being prepared, with a cancellation request the store denied. */
function euroOrderWithDeniedRequest(): WireOrderDetail {
  const base = pick(
    details,
    (o) => currencyOf(o) === 'EUR' && o.status === 'handling' && (o.cancellationRequests ?? []).length === 0,
    'is a euro order being prepared',
  );
  const order: WireOrderDetail = {
    ...base,
    cancellationRequests: [
      {
        id: 'req-tz',
        reason: 'Changed my mind',
        cancellationRequestDate: REQUESTED_AT,
        requestedByUser: true,
        deniedBySeller: true,
        deniedBySellerReason: 'Already packed',
        cancellationRequestDenyDate: DENIED_AT,
      },
    ],
  };
  server.use(http.get(`*/api/oms/user/orders/${base.orderId}`, () => HttpResponse.json(order)));
  return order;
}

/** The list row's date and every date line of the open order's timeline. */
async function datesOf(order: WireOrderDetail, options: { timeZone?: string }) {
  signIn('main');
  const { root, view } = renderWidget({ locale: 'en', ...options });
  const user = userEvent.setup();
  await openFromList(view, user, order.orderId);
  const placed = normaliseSpaces(root.querySelector('.detail-placed')?.textContent);
  const steps = timelineSteps(view);
  const step = (title: string) => steps.find(([first]) => first === title)?.[2] ?? '';
  await user.click(view.getAllByRole('button', { name: 'Back to orders' })[0]!);
  const row = await view.findByRole('article', { name: `Order ${order.orderId}` });
  const rowDate = normaliseSpaces(row.querySelector('.order-row-date')?.textContent);
  return { placed, step, rowDate };
}

describe('one clock for list and detail (finding 4)', () => {
  it('time-zone set to the shopper’s own zone: a euro order’s request shows 1:10 PM, unnamed, as the list does', async () => {
    shopperIn('America/Sao_Paulo');
    const order = euroOrderWithDeniedRequest();
    const { placed, step, rowDate } = await datesOf(order, { timeZone: 'America/Sao_Paulo' });

    expect(step('Cancellation requested by you')).toBe(expectedDateTime(REQUESTED_AT, -3, 'en'));
    expect(step('Cancellation requested by you')).toBe('Jun 12, 2026, 1:10 PM');
    expect(step('Cancellation denied by the store')).toBe(expectedDateTime(DENIED_AT, -3, 'en'));
    expect(step('Order placed')).toBe(expectedDateTime(order.creationDate, -3, 'en'));
    expect(placed).toBe(`Placed on ${expectedDate(order.creationDate, -3, 'en')}`);
    expect(rowDate).toBe(`Placed on ${expectedDate(order.creationDate, -3, 'en')}`);
  });

  it('time-zone set to another zone than the shopper’s: every time names it', async () => {
    shopperIn('UTC');
    const order = euroOrderWithDeniedRequest();
    const { placed, step, rowDate } = await datesOf(order, { timeZone: 'America/Sao_Paulo' });

    expect(step('Cancellation requested by you')).toBe(`${expectedDateTime(REQUESTED_AT, -3, 'en')} GMT-3`);
    expect(step('Cancellation denied by the store')).toBe(`${expectedDateTime(DENIED_AT, -3, 'en')} GMT-3`);
    expect(step('Payment approved')).toBe(`${expectedDateTime(order.authorizedDate ?? '', -3, 'en')} GMT-3`);
    expect(placed).toBe(`Placed on ${expectedDate(order.creationDate, -3, 'en')}`);
    expect(rowDate).toBe(placed);
  });

  it('no time-zone: the shopper’s own zone, never the order’s store zone', async () => {
    shopperIn('America/Sao_Paulo');
    const order = euroOrderWithDeniedRequest();
    const { placed, step, rowDate } = await datesOf(order, {});

    expect(step('Cancellation requested by you')).toBe('Jun 12, 2026, 1:10 PM');
    expect(step('Cancellation denied by the store')).toBe(expectedDateTime(DENIED_AT, -3, 'en'));
    expect(placed).toBe(`Placed on ${expectedDate(order.creationDate, -3, 'en')}`);
    expect(rowDate).toBe(placed);
  });

  it('deliveries and tracking events follow the same clock, named when not the shopper’s', async () => {
    shopperIn('UTC');
    const order = pick(
      details,
      (o) => currencyOf(o) === 'EUR' && packagesOf(o).some((pkg) => (pkg.courierStatus?.data ?? []).length > 0),
      'is a euro order with tracking',
    );
    signIn('main');
    const { view } = renderWidget({ locale: 'en', timeZone: 'America/Sao_Paulo' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const pkg = packagesOf(order)[0]!;
    const events = [...(pkg.courierStatus?.data ?? [])].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1));
    const shown = [...section(view, 'Shipments').querySelectorAll('.tracking-date')].map((date) =>
      normaliseSpaces(date.textContent),
    );
    expect(shown).toEqual(events.map((event) => `${expectedDateTime(event.date ?? '', -3, 'en')} GMT-3`));
    expect(normaliseSpaces(section(view, 'Shipments').querySelector('.package-state')?.textContent)).toBe(
      `Delivered ${expectedDate(pkg.courierStatus?.deliveredDate ?? '', -3, 'en')}`,
    );
  });
});
