/**
 * The seeded fixtures cover the matrix the widget must handle, seen only through the
 * shopper's list and detail (and the seller console for what the shopper cannot see).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { WireOrderDetail, WireOrderListItem } from '../../../src/contract/vtex-orders.ts';
import { startMock } from './helpers.ts';

const DAY = 86_400_000;
const FLOW_STATUSES = [
  'order-created',
  'payment-pending',
  'payment-approved',
  'payment-denied',
  'window-to-cancel',
  'ready-for-handling',
  'handling',
  'invoice',
  'invoiced',
  'cancellation-requested',
  'cancel',
  'canceled',
];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/;

const mock = startMock();
const main = mock.shopper('main');
let rows: WireOrderListItem[] = [];
let details: WireOrderDetail[] = [];
let now = 0;

beforeAll(async () => {
  const first = await main.list({ per_page: 100 });
  now = Date.parse(first.headers.get('date') ?? '');
  rows = await main.listAll();
  details = await Promise.all(rows.map((row) => main.detailJson(row.orderId)));
});

const invoicedSum = (d: WireOrderDetail): number =>
  (d.packageAttachment?.packages ?? []).filter((p) => p.type === 'Output').reduce((s, p) => s + p.invoiceValue, 0);
const some = (predicate: (d: WireOrderDetail) => boolean): WireOrderDetail[] => details.filter(predicate);

describe('tracking', () => {
  test('every package’s events run in time order after its invoice; a delivered one ends with its delivery', () => {
    const packages = details.flatMap((detail) =>
      (detail.packageAttachment?.packages ?? []).map((pkg) => ({ orderId: detail.orderId, pkg })),
    );
    const tracked = packages.filter(({ pkg }) => (pkg.courierStatus?.data ?? []).length > 0);
    expect(tracked.some(({ pkg }) => pkg.courierStatus?.finished)).toBe(true);
    expect(tracked.some(({ pkg }) => !pkg.courierStatus?.finished)).toBe(true);
    for (const { orderId, pkg } of tracked) {
      const events = pkg.courierStatus?.data ?? [];
      // VTEX lists tracking newest first.
      const times = events.map((event) => Date.parse(event.date ?? '')).reverse();
      const where = `${orderId} ${pkg.invoiceNumber}: ${events.map((event) => `${event.date} ${event.description}`).join(' | ')}`;
      expect(times.every(Number.isFinite), where).toBe(true);
      for (let index = 1; index < times.length; index += 1)
        expect(times[index], where).toBeGreaterThan(times[index - 1] ?? Number.POSITIVE_INFINITY);
      expect(times[0], where).toBeGreaterThanOrEqual(Date.parse(pkg.issuanceDate ?? ''));
      expect(times.at(-1), where).toBeLessThanOrEqual(now);
      if (pkg.courierStatus?.finished)
        expect(Date.parse(pkg.courierStatus.deliveredDate ?? ''), where).toBe(times.at(-1));
    }
  });
});

describe('the main shopper', () => {
  test('has about 60 orders spread over the last two years', () => {
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(rows.length).toBeLessThanOrEqual(65);
    const ages = rows.map((row) => now - Date.parse(row.creationDate));
    expect(Math.max(...ages)).toBeGreaterThan(365 * DAY);
    expect(Math.max(...ages)).toBeLessThan(730 * DAY);
  });

  test('has an order older than two years in the store that the list leaves out', async () => {
    const old = (await mock.seller.orders()).filter(
      (o) => o.shopper === 'main' && now - Date.parse(o.creationDate) > 730 * DAY,
    );
    expect(old.length).toBeGreaterThan(0);
    for (const order of old) expect(rows.map((row) => row.orderId)).not.toContain(order.orderId);
  });

  test('covers every status of the flow', () => {
    for (const status of FLOW_STATUSES) expect(details.map((d) => d.status)).toContain(status);
  });

  test('has an incomplete order', () => {
    const incomplete = rows.filter((row) => !row.orderIsComplete);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const row of incomplete) expect(details.find((d) => d.orderId === row.orderId)?.isCompleted).toBe(false);
  });

  test('has split purchases: one orderGroup, suffixes -01 and -02, different sellers', () => {
    const groups = new Map<string, WireOrderDetail[]>();
    for (const d of details) groups.set(d.orderGroup ?? '', [...(groups.get(d.orderGroup ?? '') ?? []), d]);
    const splits = [...groups.values()].filter((group) => group.length > 1);
    expect(splits.length).toBeGreaterThanOrEqual(2);
    for (const split of splits) {
      expect(split.map((d) => d.orderId.slice(-3)).sort()).toEqual(['-01', '-02']);
      expect(new Set(split.map((d) => d.sellers?.[0]?.id)).size).toBe(2);
      expect(split.every((d) => d.items?.every((item) => item.seller === d.sellers?.[0]?.id))).toBe(true);
    }
  });

  test('has pickup and delivery orders', () => {
    const channels = (d: WireOrderDetail): Set<unknown> =>
      new Set(d.shippingData?.logisticsInfo?.map((l) => l.deliveryChannel));
    const pickups = some((d) => channels(d).has('pickup-in-point'));
    expect(pickups.length).toBeGreaterThan(0);
    for (const d of pickups) {
      const info = d.shippingData?.logisticsInfo?.[0]?.pickupStoreInfo;
      expect(info).toMatchObject({
        isPickupStore: true,
        friendlyName: expect.any(String),
        address: expect.any(String),
      });
    }
    expect(some((d) => channels(d).has('delivery')).length).toBeGreaterThan(0);
  });

  test('pays in BRL, USD and EUR; old list rows may lack the currency', () => {
    expect(new Set(details.map((d) => d.storePreferencesData?.currencyCode))).toEqual(new Set(['BRL', 'USD', 'EUR']));
    expect(rows.some((row) => row.currencyCode === null)).toBe(true);
    expect(some((d) => d.storePreferencesData?.timeZone === 'E. South America Standard Time').length).toBeGreaterThan(
      0,
    );
  });

  test('has a partially invoiced order that is not cancellable', () => {
    const partial = some((d) => invoicedSum(d) > 0 && invoicedSum(d) < d.value);
    expect(partial.length).toBeGreaterThan(0);
    for (const d of partial) expect(d).toMatchObject({ allowCancellation: false, invoicedDate: null });
    expect(partial.some((d) => d.status !== 'invoiced')).toBe(true);
  });

  test('has invoiced orders with packages and tracking: one in transit, one delivered', () => {
    const packages = some((d) => d.status === 'invoiced').flatMap((d) => d.packageAttachment?.packages ?? []);
    const tracked = packages.filter((p) => (p.courierStatus?.data?.length ?? 0) > 0);
    expect(tracked.length).toBeGreaterThan(0);
    expect(tracked.every((p) => p.trackingUrl?.startsWith('https://') && p.invoiceNumber && p.issuanceDate)).toBe(true);
    const delivered = tracked.filter((p) => p.courierStatus?.finished);
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.every((p) => !Number.isNaN(Date.parse(p.courierStatus?.deliveredDate ?? '')))).toBe(true);
    expect(tracked.some((p) => p.courierStatus?.finished === false && p.courierStatus.deliveredDate === null)).toBe(
      true,
    );
  });

  test('has orders inside the grace period, cancellable', () => {
    const open = some((d) => d.status === 'window-to-cancel' && Date.parse(d.authorizedDate ?? '') + 30 * 60_000 > now);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.every((d) => d.allowCancellation)).toBe(true);
  });

  test('has cancellation requests pending, denied (with the reason) and approved', () => {
    const requests = details.flatMap((d) => (d.cancellationRequests ?? []).map((r) => ({ ...r, status: d.status })));
    expect(requests).toContainEqual(
      expect.objectContaining({ status: 'cancellation-requested', deniedBySeller: false }),
    );
    expect(requests).toContainEqual(
      expect.objectContaining({
        deniedBySeller: true,
        deniedBySellerReason: expect.any(String),
        cancellationRequestDenyDate: expect.stringMatching(ISO),
      }),
    );
    expect(requests).toContainEqual(
      expect.objectContaining({ status: 'canceled', deniedBySeller: false, requestedByUser: true }),
    );
  });

  test('fills cancellationData (PascalCase) on canceled orders only', () => {
    for (const d of details) {
      if (d.status === 'canceled' || d.status === 'cancel') {
        expect(d.cancellationData).toEqual({
          RequestedByUser: expect.any(Boolean),
          RequestedBySystem: expect.any(Boolean),
          RequestedBySellerNotification: expect.any(Boolean),
          RequestedByPaymentNotification: expect.any(Boolean),
          Reason: expect.any(String),
          CancellationDate: expect.stringMatching(ISO),
        });
        expect(d.cancelReason).toBe(d.cancellationData?.Reason);
      } else {
        expect(d.cancellationData).toBeNull();
      }
    }
  });

  test('has list rows without items, a gift item and a bank slip with the {Installment} placeholder', () => {
    expect(rows.some((row) => row.items === null)).toBe(true);
    expect(details.some((d) => d.items?.some((item) => item.isGift && item.sellingPrice === 0))).toBe(true);
    const payments = details.flatMap((d) => d.paymentData?.transactions?.flatMap((t) => t.payments ?? []) ?? []);
    expect(payments.some((p) => p.group === 'bankInvoice' && p.url?.includes('{Installment}'))).toBe(true);
  });

  test('names products in several languages, with https images', () => {
    const names = details.flatMap((d) => d.items?.map((item) => item.name) ?? []);
    expect(names.some((name) => /[ãçõê]/.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /^[\x20-\x7e]+$/.test(name))).toBe(true);
    expect(new Set(details.map((d) => d.clientPreferencesData?.locale)).size).toBeGreaterThanOrEqual(3);
    expect(details.every((d) => d.items?.every((item) => item.imageUrl?.startsWith('https://')))).toBe(true);
  });

  test('writes dates like VTEX: ISO with an offset, 0 to 7 fractional digits, some in Z', () => {
    const dates = details.flatMap((d) =>
      [d.creationDate, d.lastChange, d.authorizedDate, d.invoicedDate].filter(
        (x): x is string => typeof x === 'string',
      ),
    );
    for (const date of dates) expect(date).toMatch(ISO);
    const digits = new Set(dates.map((date) => ISO.exec(date)?.[2]?.length ?? 0));
    expect(digits).toContain(0);
    expect(digits).toContain(7);
    expect(digits.size).toBeGreaterThanOrEqual(4);
    expect(dates.some((date) => date.endsWith('Z'))).toBe(true);
    expect(dates.some((date) => /[+-]\d{2}:\d{2}$/.test(date))).toBe(true);
  });

  test('keeps money in integer cents', () => {
    for (const d of details) {
      const amounts = [
        d.value,
        ...(d.totals ?? []).map((t) => t.value),
        ...(d.items ?? []).flatMap((i) => [i.price, i.listPrice, i.sellingPrice]),
      ];
      expect(amounts.every(Number.isInteger)).toBe(true);
      expect((d.totals ?? []).reduce((sum, t) => sum + t.value, 0)).toBe(d.value);
    }
  });
});

describe('the other shoppers', () => {
  test('the second shopper has a few orders; the empty one has none', async () => {
    const second = await mock.shopper('second').listAll();
    expect(second.length).toBeGreaterThanOrEqual(3);
    expect(second.length).toBeLessThan(10);
    expect((await mock.shopper('empty').listJson()).paging).toEqual({
      total: 0,
      pages: 0,
      currentPage: 1,
      perPage: 15,
    });
  });
});
