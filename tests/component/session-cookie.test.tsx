/**
 * msw 2.15 appends `document.cookie` to a request's cookie header once per handler it tries,
 * so by the third handler the session cookie reads `tok, VtexIdclientAutCookie=tok`. The mock
 * must still recognise the shopper on every endpoint, whatever handler order.
 */

import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, server, signIn } = useMockBackend();

async function firstCancellableOrder(): Promise<string> {
  const list = (await (await fetch('/api/oms/user/orders?per_page=100')).json()) as {
    list: Array<{ orderId: string }>;
  };
  for (const { orderId } of list.list) {
    const detail = (await (await fetch(`/api/oms/user/orders/${orderId}`)).json()) as { allowCancellation: boolean };
    if (detail.allowCancellation) return orderId;
  }
  throw new Error('the seed has no cancellable order');
}

describe('session cookie from document.cookie', () => {
  it('signs the shopper in on the third shopper handler (user-cancel-request)', async () => {
    signIn('main');
    const orderId = await firstCancellableOrder();
    const response = await fetch(`/api/checkout/pub/orders/${orderId}/user-cancel-request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Ordered by mistake' }),
    });
    expect(response.status).toBe(200);
    expect(backend.requests.filter((r) => r.endpoint === 'user-cancel-request')).toHaveLength(1);
  });

  it('signs the shopper in behind an unrelated handler added with server.use', async () => {
    server.use(http.get('*/unrelated', () => HttpResponse.text('no')));
    signIn('main');
    const response = await fetch('/api/oms/user/orders?per_page=1');
    expect(response.status).toBe(200);
  });
});
