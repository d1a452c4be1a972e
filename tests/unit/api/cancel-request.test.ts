import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { CANCEL_URL, rejectionOf, useClient, useMswServer } from './support.ts';

const server = useMswServer();
const client = useClient();

/** Records every cancel request that reaches the store. */
function cancelEndpoint(respond: () => Response) {
  const requests: Array<{ orderId: string; body: unknown; contentType: string | null; credentials: string }> = [];
  server.use(
    http.post(CANCEL_URL, async ({ request, params }) => {
      requests.push({
        orderId: String(params.orderId),
        body: await request.json(),
        contentType: request.headers.get('content-type'),
        credentials: request.credentials,
      });
      return respond();
    }),
  );
  return requests;
}

describe('requestCancellation', () => {
  test('POSTs the trimmed reason as JSON, with the session cookie policy, and ignores the 200 body', async () => {
    const requests = cancelEndpoint(() =>
      HttpResponse.json({ orderId: '1172452900788-01', status: 'cancellation-requested', cancellationRequestId: 'r1' }),
    );
    await expect(client().requestCancellation('1172452900788-01', '  Bought by mistake  ')).resolves.toBeUndefined();

    expect(requests).toEqual([
      {
        orderId: '1172452900788-01',
        body: { reason: 'Bought by mistake' },
        contentType: 'application/json',
        credentials: 'same-origin',
      },
    ]);
  });

  test('a 200 with a body that is not JSON is still a success (the view re-reads the order)', async () => {
    cancelEndpoint(() => new HttpResponse('OK', { status: 200 }));
    await expect(client().requestCancellation('1-01', 'Changed my mind')).resolves.toBeUndefined();
  });

  test('order ids are encoded into the path', async () => {
    const requests = cancelEndpoint(() => new HttpResponse(null, { status: 204 }));
    await client().requestCancellation('a/b?c-01', 'x');
    expect(requests[0]?.orderId).toBe('a/b?c-01');
  });

  test('a server error is never retried: a cancel request must not be sent twice', async () => {
    const requests = cancelEndpoint(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }));
    expect(await rejectionOf(client().requestCancellation('1-01', 'x'))).toMatchObject({ code: 'server', status: 503 });
    expect(requests).toHaveLength(1);
  });

  test('a network error is never retried either', async () => {
    let count = 0;
    server.use(
      http.post(CANCEL_URL, () => {
        count += 1;
        return HttpResponse.error();
      }),
    );
    expect(await rejectionOf(client().requestCancellation('1-01', 'x'))).toMatchObject({ code: 'network' });
    expect(count).toBe(1);
  });

  test('409 with a VTEX body: conflict (already requested, or no longer cancellable)', async () => {
    cancelEndpoint(() =>
      HttpResponse.json(
        { error: { code: 'CHK0324', message: 'A cancellation request is already pending', exception: null } },
        { status: 409 },
      ),
    );
    expect(await rejectionOf(client().requestCancellation('1-01', 'x'))).toMatchObject({
      code: 'conflict',
      status: 409,
    });
  });

  test.each([
    ['an empty reason', ''],
    ['a blank reason', '   '],
    ['a reason over 500 code points', '😀'.repeat(501)],
  ])('%s is refused before anything is sent', async (_name, reason) => {
    const requests = cancelEndpoint(() => new HttpResponse(null, { status: 200 }));
    expect(await rejectionOf(client().requestCancellation('1-01', reason))).toMatchObject({ code: 'bad-request' });
    expect(requests).toHaveLength(0);
  });

  test('500 code points (emoji) are accepted and sent whole', async () => {
    const requests = cancelEndpoint(() => new HttpResponse(null, { status: 200 }));
    await client().requestCancellation('1-01', '😀'.repeat(500));
    expect(requests[0]?.body).toEqual({ reason: '😀'.repeat(500) });
  });
});
