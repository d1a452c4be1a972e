/**
 * When cancel is not offered, the section says why in plain words and what to do instead,
 * with the store's links (only safe ones); the store can also turn cancellation off.
 */

import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import { cancelSection, inWindow, openOrder, requestsTo, sectionLines } from './cancel-helpers.ts';
import { pick, useSeedDetails } from './detail-helpers.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn, renderWidget } = useMockBackend();

const details = useSeedDetails(signIn);

const packagesOf = (order: WireOrderDetail) => order.packageAttachment?.packages ?? [];
const LINKS = {
  contactUrl: '/help/contact?order={orderId}',
  changeOrderUrl: 'https://store.example.com/orders/{orderId}/change',
  returnsUrl: 'javascript:alert(1)',
};
const contactHref = (orderId: string) => `${location.origin}/help/contact?order=${encodeURIComponent(orderId)}`;
const changeHref = (orderId: string) => `https://store.example.com/orders/${encodeURIComponent(orderId)}/change`;

interface Case {
  name: string;
  test(order: WireOrderDetail): boolean;
  lines: string[];
  links(orderId: string): Array<[string, string]>;
}

const CASES: Case[] = [
  {
    name: 'invoiced',
    test: (o) => o.status === 'invoiced',
    lines: ['This order was invoiced and can no longer be canceled.', 'You can return it once it arrives.'],
    links: (id) => [['Contact the store', contactHref(id)]],
  },
  {
    name: 'being invoiced (invoice step, fully invoiced)',
    test: (o) => o.status === 'invoice',
    lines: ['This order was invoiced and can no longer be canceled.', 'You can return it once it arrives.'],
    links: (id) => [['Contact the store', contactHref(id)]],
  },
  {
    name: 'partially invoiced',
    test: (o) => o.status === 'handling' && packagesOf(o).length > 0,
    lines: [
      'Part of this order was invoiced, so it can no longer be canceled.',
      'Ask the store to change it, or return items once they arrive.',
    ],
    links: (id) => [
      ['Change this order', changeHref(id)],
      ['Contact the store', contactHref(id)],
    ],
  },
  {
    name: 'still being confirmed (order just created)',
    test: (o) => o.status === 'order-created',
    lines: ['This order is still being confirmed.', 'To cancel it, contact the store.'],
    links: (id) => [['Contact the store', contactHref(id)]],
  },
  {
    name: 'not at this step (handling starting)',
    test: (o) => o.status === 'start-handling',
    lines: ['This order cannot be canceled at its current step.', 'To cancel it, contact the store.'],
    links: (id) => [['Contact the store', contactHref(id)]],
  },
];

describe('why cancel is not offered', () => {
  for (const { name, test, lines, links } of CASES) {
    it(`${name}: says why and what to do instead`, async () => {
      const order = pick(details, (o) => test(o) && o.allowCancellation !== true, `is ${name}`);
      signIn('main');
      const user = userEvent.setup();
      const { view } = renderWidget({ locale: 'en', ...LINKS });
      const section = await openOrder(view, user, order.orderId);
      const expectedLinks = links(order.orderId);
      expect(sectionLines(view)).toEqual([...lines, ...expectedLinks.map(([label]) => label)]);
      expect(
        within(section)
          .getAllByRole('link')
          .map((link) => [link.textContent, link.getAttribute('href')]),
      ).toEqual(expectedLinks);
      expect(within(section).queryByRole('button', { name: 'Cancel order' })).toBeNull();
    });
  }

  it('already canceled: when, where the refund goes, and whom to ask', async () => {
    const order = pick(
      details,
      (o) => o.status === 'canceled' && o.cancellationData?.RequestedBySellerNotification === true,
      'was canceled by the seller',
    );
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    await openOrder(view, user, order.orderId);
    const lines = sectionLines(view);
    expect(lines[0]).toMatch(/^Canceled on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M\.$/);
    expect(lines.slice(-2)).toEqual(['Questions about the refund? Contact the store.', 'Contact the store']);
  });

  it('a request already pending: shows it, says so, and offers no second request', async () => {
    const order = pick(details, (o) => o.status === 'cancellation-requested', 'has a pending request');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en', ...LINKS });
    const section = await openOrder(view, user, order.orderId);
    const lines = sectionLines(view);
    expect(lines.slice(0, 2)).toEqual(['Cancellation requested', 'Requested on']);
    expect(lines.slice(3)).toEqual([
      'Reason',
      'Encontrei o produto mais barato em outra loja.',
      'The store’s decision will appear here. A request cannot be withdrawn.',
      'If it is urgent, contact the store.',
      'Contact the store',
    ]);
    expect(within(section).queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('turned off by the store: no action even inside the window, and whom to ask', async () => {
    const order = pick(details, inWindow, 'is inside the window');
    signIn('main');
    const user = userEvent.setup();
    const { view } = renderWidget({ locale: 'en', cancellation: 'off', contactUrl: 'mailto:help@example.com' });
    const section = await openOrder(view, user, order.orderId);
    expect(sectionLines(view)).toEqual([
      'This store does not offer cancellation here.',
      'To cancel or change it, contact the store.',
    ]);
    expect(within(section).queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(within(cancelSection(view)).queryByRole('link')).toBeNull();
    expect(requestsTo(backend, 'user-cancel-request')).toHaveLength(0);
  });
});
