/**
 * The detail when things go wrong: loading, not found, server errors and retry, malformed
 * JSON, hostile strings and URLs from sellers, and orders with values missing or garbled.
 */

import userEvent from '@testing-library/user-event';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  openFromList,
  pairs,
  pick,
  readDetail,
  section,
  startOpening,
  timelineSteps,
  useSeedDetails,
} from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const detailRequests = () => backend.requests.filter((request) => request.endpoint === 'detail').length;

/** Serves `body` for one order's detail; every other request reaches the mock. */
function serveDetail(orderId: string, body: JsonBodyType) {
  server.use(
    http.get('*/api/oms/user/orders/:orderId', ({ params }) =>
      params.orderId === orderId ? HttpResponse.json(body) : undefined,
    ),
  );
}

describe('loading and errors', () => {
  it('shows a skeleton, in words, while the order loads', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    backend.faults.set('detail', { kind: 'latency', ms: 150 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await startOpening(view, userEvent.setup(), order.orderId);

    expect(view.getByText('Loading order…')).toBeTruthy();
    expect(view.getByRole('article').getAttribute('aria-busy')).toBe('true');
    await view.findByRole('heading', { level: 3, name: 'Items' });
    expect(view.queryByText('Loading order…')).toBeNull();
  });

  it('404: says the order was not found, offers no retry, and leads back to the list', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    backend.faults.set('detail', { kind: 'status', status: 404 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await openFromList(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toContain('Order not found');
    expect(normaliseSpaces(alert.textContent)).toContain('We could not find this order in your account.');
    expect(view.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(view.queryByRole('heading', { level: 3 })).toBeNull();

    const backInAlert = [...alert.querySelectorAll('button')].find((button) => button.textContent === 'Back to orders');
    await user.click(backInAlert!);
    expect(await view.findByRole('button', { name: `Order ${order.orderId}` })).toBeTruthy();
  });

  it('500: after the client’s own retries, says the store failed, and "Try again" loads the order', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    // One request and the client's two automatic retries all fail.
    backend.faults.set('detail', { kind: 'status', status: 500 }, { times: 3 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await openFromList(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toContain('Something went wrong at the store');
    expect(detailRequests()).toBe(3);

    await user.click(view.getByRole('button', { name: 'Try again' }));
    await view.findByRole('heading', { level: 3, name: 'Items' });
    expect(view.queryByRole('alert')).toBeNull();
    expect(detailRequests()).toBe(4);
  });

  it('malformed JSON: says the answer could not be read, and retry recovers', async () => {
    const order = pick(details, (o) => o.status === 'handling', 'is being prepared');
    backend.faults.set('detail', { kind: 'malformed-json' }, { times: 1 });
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    const user = userEvent.setup();
    await openFromList(view, user, order.orderId);

    const alert = await view.findByRole('alert');
    expect(normaliseSpaces(alert.textContent)).toContain('We could not read the store’s answer');
    await user.click(view.getByRole('button', { name: 'Try again' }));
    await view.findByRole('heading', { level: 3, name: 'Items' });
    expect(view.queryByRole('alert')).toBeNull();
  });
});

describe('untrusted data', () => {
  it('renders HTML in strings as text and makes no link or image from javascript: URLs', async () => {
    const base = pick(
      details,
      (o) =>
        (o.packageAttachment?.packages ?? []).length > 0 &&
        o.paymentData?.transactions?.[0]?.payments?.[0]?.group === 'bankInvoice' &&
        (o.items?.length ?? 0) >= 2,
      'is invoiced, paid by bank slip, with two items',
    );
    signIn('main');
    const hostile = structuredClone(await readDetail(base.orderId));
    const [first, second] = hostile.items!;
    Object.assign(first!, {
      name: '<img src=x onerror=alert(1)>',
      imageUrl: 'javascript:alert(1)',
      detailUrl: 'javascript:alert(1)',
    });
    Object.assign(second!, {
      name: '<script>alert(2)</script>',
      imageUrl: ' JaVaScRiPt:alert(1)',
      detailUrl: 'java\tscript:alert(1)',
    });
    hostile.sellers![0]!.name = '<b>Evil seller</b>';
    hostile.shippingData!.address!.receiverName = '<i onmouseover=alert(1)>Mallory</i>';
    const pkg = hostile.packageAttachment!.packages[0]!;
    Object.assign(pkg, {
      trackingUrl: 'javascript:alert(1)',
      invoiceUrl: 'data:text/html,<script>alert(1)</script>',
      courier: '<u>Courier</u>',
    });
    pkg.courierStatus!.data![0]!.description = '<a href="javascript:alert(1)">click</a>';
    hostile.paymentData!.transactions![0]!.payments![0]!.url = 'javascript:alert(1)';
    serveDetail(base.orderId, hostile);

    const { root, view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), base.orderId);
    await view.findByRole('heading', { level: 3, name: 'Items' });

    expect(view.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(view.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(view.getAllByText('Sold by <b>Evil seller</b>')).toHaveLength(hostile.items!.length);
    expect(view.getByText('Receiver: <i onmouseover=alert(1)>Mallory</i>')).toBeTruthy();
    expect(view.getByText('<u>Courier</u>')).toBeTruthy();
    expect(view.getByText('<a href="javascript:alert(1)">click</a>')).toBeTruthy();

    expect(root.querySelectorAll('script, b, i, u, [onerror], [onmouseover]')).toHaveLength(0);
    const rows = section(view, 'Items').querySelectorAll('tbody tr');
    expect(rows[0]?.querySelector('img, a')).toBeNull();
    expect(rows[1]?.querySelector('img, a')).toBeNull();
    for (const element of root.querySelectorAll('[href], [src]')) {
      expect(element.getAttribute('href') ?? element.getAttribute('src')).toMatch(/^https?:\/\//);
    }
    expect(view.queryByRole('link', { name: /Track this package/ })).toBeNull();
    expect(view.queryByRole('link', { name: /View invoice/ })).toBeNull();
    expect(view.queryByRole('link', { name: /Open bank slip/ })).toBeNull();
  });

  it('says "unavailable" for every missing or garbled value, never Invalid Date, NaN or null', async () => {
    const base = pick(details, (o) => o.status === 'handling', 'is being prepared');
    serveDetail(base.orderId, {
      orderId: base.orderId,
      status: 'invoiced',
      creationDate: '2022-10--05T15:40:33',
      authorizedDate: 'yesterday',
      invoicedDate: null,
      value: null,
      totals: null,
      items: [
        {
          name: null,
          quantity: null,
          price: null,
          sellingPrice: null,
          listPrice: null,
          imageUrl: null,
          detailUrl: null,
          seller: null,
        },
      ],
      sellers: null,
      shippingData: null,
      paymentData: null,
      packageAttachment: {
        packages: [
          {
            invoiceNumber: null,
            courier: null,
            trackingNumber: null,
            courierStatus: {
              finished: true,
              deliveredDate: 'soon',
              data: [{ date: 'NaN', city: null, state: null, description: null }],
            },
          },
        ],
      },
      storePreferencesData: { currencyCode: null, timeZone: 'Mars/Olympus_Mons' },
    });
    signIn('main');
    const { root, view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), base.orderId);
    await view.findByRole('heading', { level: 3, name: 'Items' });

    expect(normaliseSpaces(root.textContent)).not.toMatch(/Invalid Date|NaN|null|undefined/);
    expect(view.getByText('Placed on Unavailable')).toBeTruthy();
    expect(timelineSteps(view)[0]).toEqual(['Order placed', 'Done', 'Date unavailable']);
    const cells = [...section(view, 'Items').querySelectorAll('tbody td')].map((cell) =>
      normaliseSpaces(cell.textContent),
    );
    expect(cells).toEqual(['Unavailable', 'Unavailable', 'Unavailable']);
    expect(pairs(section(view, 'Summary').querySelector('dl')!)).toEqual([['Total', 'Unavailable']]);
    expect(normaliseSpaces(section(view, 'Delivery').querySelector('p')?.textContent)).toBe('Details unavailable.');
    expect(normaliseSpaces(section(view, 'Payment').querySelector('p')?.textContent)).toBe('Details unavailable.');
    const shipment = pairs(section(view, 'Shipments').querySelector('dl')!);
    expect(shipment).toEqual([
      ['Status', 'Delivered'],
      ['Carrier', 'Unavailable'],
      ['Tracking number', 'Unavailable'],
      ['Invoice', 'Unavailable'],
    ]);
    const event = section(view, 'Shipments').querySelector('ol li');
    expect(normaliseSpaces(event?.textContent)).toBe('Date unavailableUnavailable');
    expect(view.queryByRole('link', { name: 'Buy again' })).toBeNull();
  });
});
