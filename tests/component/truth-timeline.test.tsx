/**
 * Issue #11, finding 2: the timeline says "Delivered" only when the courier data says every
 * package arrived. An invoiced order whose package is still travelling is at "Shipped" (on its
 * way), with "Delivered" ahead, as its package card says. Orders come from the mock over MSW;
 * the two-package case is the mock's own delivered order with a second package still travelling.
 */

import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { WireOrderDetail, WirePackage } from '../../src/contract/vtex-orders.ts';
import { openFromList, pick, section, timelineSteps, useSeedDetails } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

const { server, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];
const delivered = (order: WireOrderDetail) =>
  packagesOf(order).length > 0 && packagesOf(order).every((pkg) => pkg.courierStatus?.finished === true);

/** Title and state of each step, and which one the list marks as the current step. */
function progress(view: Parameters<typeof timelineSteps>[0]) {
  const steps = timelineSteps(view).map(([title, state]) => [title, state]);
  const current = [...section(view, 'Progress').querySelectorAll('[aria-current="step"] .timeline-title')].map(
    (title) => normaliseSpaces(title.textContent),
  );
  return { steps, current };
}

/** A step's date line: a date and a time, not "Date unavailable" (which zone is truth-dates' concern). */
const DATE_LINE = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M/;

describe('the timeline of a shipped order (finding 2)', () => {
  it('an invoiced order whose package is on its way is at "Shipped"; "Delivered" is still ahead', async () => {
    const order = pick(details, (o) => o.status === 'invoiced' && !delivered(o), 'is invoiced and on its way');
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    expect(view.getAllByText('On its way', { selector: '.package-state' }).length).toBeGreaterThan(0);
    const { steps, current } = progress(view);
    expect(steps).toEqual([
      ['Order placed', 'Done'],
      ['Payment approved', 'Done'],
      ['Preparing', 'Done'],
      ['Shipped', 'Current step'],
      ['Delivered', 'Upcoming'],
    ]);
    expect(current).toEqual(['Shipped']);
    const shipped = timelineSteps(view)[3] ?? [];
    expect(shipped[2]).toMatch(DATE_LINE);
    expect(shipped).toContain('On its way');
  });

  it('one package delivered and one still travelling: "Delivered" is not done', async () => {
    const base = pick(
      details,
      (o) => o.status === 'invoiced' && delivered(o) && packagesOf(o).length === 1,
      'was delivered in one package',
    );
    const arrived = packagesOf(base)[0] as WirePackage;
    const travelling: WirePackage = {
      ...arrived,
      invoiceNumber: `${arrived.invoiceNumber ?? ''}-2`,
      courierStatus: arrived.courierStatus && {
        ...arrived.courierStatus,
        finished: false,
        deliveredDate: null,
        data: [],
      },
    };
    server.use(
      http.get(`*/api/oms/user/orders/${base.orderId}`, () =>
        HttpResponse.json({ ...base, packageAttachment: { packages: [arrived, travelling] } }),
      ),
    );
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), base.orderId);

    const { steps, current } = progress(view);
    expect(steps.slice(3)).toEqual([
      ['Shipped', 'Current step'],
      ['Delivered', 'Upcoming'],
    ]);
    expect(current).toEqual(['Shipped']);
  });

  it('every package delivered: "Delivered" is done, dated by the courier', async () => {
    const order = pick(details, (o) => o.status === 'invoiced' && delivered(o), 'was delivered');
    signIn('main');
    const { view } = renderWidget({ locale: 'en' });
    await openFromList(view, userEvent.setup(), order.orderId);

    const { steps, current } = progress(view);
    expect(steps.slice(3)).toEqual([
      ['Shipped', 'Done'],
      ['Delivered', 'Done'],
    ]);
    expect(current).toEqual([]);
    expect(timelineSteps(view)[4]?.[2]).toMatch(DATE_LINE);
  });
});
