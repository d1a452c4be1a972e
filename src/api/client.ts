/**
 * The orders client: one per widget instance (no module state), over ky.
 *
 * - `credentials: 'same-origin'`: the shopper is the platform's login cookie.
 * - Timeouts per attempt; GET retried on 408/413/429/5xx and network errors with backoff,
 *   honouring `Retry-After` up to `maxRetryAfterMs` (ky 1.14 would otherwise wait whatever the
 *   server says, capped only at maxRetryAfter); POST never retried (a cancel request must not
 *   be sent twice).
 * - `abort()` stops everything in flight; `dispose()` also refuses later calls.
 * - Every response's `Date` feeds the server clock (`serverNow()`).
 */
import ky, { isHTTPError, isTimeoutError } from 'ky';
import type { HTTPError, KyInstance } from 'ky';
import type { Order } from '../domain/index.ts';
import { validateCancellationReason } from '../domain/index.ts';
import { OrdersApiError, codeForStatus, parseRetryAfter, parseVtexErrorBody } from './errors.ts';
import type { ListOrdersParams } from './list-query.ts';
import { listSearchParams, normalisePaging } from './list-query.ts';
import { toOrder } from './map-order.ts';
import type { OrderPage } from './order-page.ts';
import { toOrderPage } from './order-page.ts';
import { createServerClock } from './server-clock.ts';
import { linkSignals } from './signals.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (GET only). */
  limit: number;
  /** First backoff delay; doubles on each retry (with jitter). */
  baseDelayMs: number;
  /** Cap on one backoff delay. */
  backoffLimitMs: number;
  /** A longer `Retry-After` is not waited for: the error surfaces with `retryAfterSeconds`. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, backoffLimitMs: 3_000, maxRetryAfterMs: 10_000 };
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface OrdersClientOptions {
  /** Where `api/...` lives; default `/` (the store's own origin). */
  apiBase?: string;
  /** Resolves relative item links; default: the origin of apiBase, else the page's origin. */
  storeOrigin?: string | null;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Aborting it aborts every request of this client, like dispose(). */
  signal?: AbortSignal;
}

export interface CallOptions {
  /** Aborts this call only (e.g. a list request superseded by new filters). */
  signal?: AbortSignal;
}

export interface OrdersClient {
  listOrders(params: ListOrdersParams, options?: CallOptions): Promise<OrderPage>;
  getOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /** Sends the shopper's request; the 200 body is ignored: re-read the order afterwards. */
  requestCancellation(orderId: string, reason: string, options?: CallOptions): Promise<void>;
  /** The store's clock, in epoch ms, estimated from response `Date` headers. */
  serverNow(): number;
  /** Aborts every request in flight; the client stays usable. */
  abort(): void;
  /** Aborts every request in flight and refuses later calls (the widget went away). */
  dispose(): void;
}

const LIST_PATH = 'api/oms/user/orders';
const detailPath = (orderId: string) => `${LIST_PATH}/${encodeURIComponent(orderId)}`;
const cancelPath = (orderId: string) => `api/checkout/pub/orders/${encodeURIComponent(orderId)}/user-cancel-request`;

function originOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

function defaultStoreOrigin(apiBase: string): string | null {
  return originOf(apiBase) ?? (typeof location === 'undefined' ? null : originOf(location.href));
}

async function fromHttpError(error: HTTPError): Promise<OrdersApiError> {
  const { response } = error;
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body is diagnostic only; a failed read leaves it out.
  }
  return new OrdersApiError(codeForStatus(response.status), {
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), response.headers.get('date')),
    ...parseVtexErrorBody(text, response.headers.get('content-type')),
    cause: error,
  });
}

async function toApiError(error: unknown, signal: AbortSignal): Promise<OrdersApiError> {
  if (error instanceof OrdersApiError) return error;
  if (signal.aborted) return new OrdersApiError('aborted', { cause: error });
  if (isTimeoutError(error)) return new OrdersApiError('timeout', { cause: error });
  if (isHTTPError(error)) return fromHttpError(error);
  if (error instanceof Error && error.name === 'AbortError') return new OrdersApiError('aborted', { cause: error });
  return new OrdersApiError('network', { cause: error, detail: error instanceof Error ? error.message : undefined });
}

/** Empty bodies, malformed JSON and HTML pages served with 200 are all bad responses. */
function parseJson(text: string): unknown {
  if (text.trim() === '') throw new OrdersApiError('bad-response', { detail: 'empty body' });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OrdersApiError('bad-response', { detail: 'malformed JSON', cause: error });
  }
}

export function createOrdersClient(options: OrdersClientOptions = {}): OrdersClient {
  const apiBase = options.apiBase ?? '/';
  const storeOrigin = options.storeOrigin ?? defaultStoreOrigin(apiBase);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const clock = createServerClock();
  let controller = new AbortController();
  let disposed = false;

  const http: KyInstance = ky.create({
    prefixUrl: apiBase,
    credentials: 'same-origin',
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: { accept: 'application/json' },
    retry: {
      limit: retry.limit,
      methods: ['get'],
      statusCodes: [408, 413, 429, 500, 502, 503, 504],
      afterStatusCodes: [413, 429, 503],
      maxRetryAfter: retry.maxRetryAfterMs,
      backoffLimit: retry.backoffLimitMs,
      delay: (attempt) => retry.baseDelayMs * 2 ** (attempt - 1),
      jitter: true,
      shouldRetry: ({ error }) => {
        if (!isHTTPError(error)) return undefined;
        const seconds = parseRetryAfter(error.response.headers.get('retry-after'), error.response.headers.get('date'));
        // ky would wait maxRetryAfter and retry anyway; a long wait belongs to the shopper.
        return seconds !== undefined && seconds * 1000 > retry.maxRetryAfterMs ? false : undefined;
      },
    },
    hooks: {
      afterResponse: [
        (_request, _options, response) => {
          clock.observe(response.headers.get('date'), response.headers.get('age'));
        },
      ],
    },
  });

  async function send<T>(call: CallOptions | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (disposed) throw new OrdersApiError('aborted', { detail: 'client disposed' });
    const linked = linkSignals([controller.signal, options.signal, call?.signal]);
    try {
      return await run(linked.signal);
    } catch (error) {
      throw await toApiError(error, linked.signal);
    } finally {
      linked.release();
    }
  }

  return {
    listOrders(params, call) {
      const { page, perPage } = normalisePaging(params);
      return send(call, async (signal) => {
        const text = await http.get(LIST_PATH, { searchParams: listSearchParams(params), signal }).text();
        return toOrderPage(parseJson(text), page, perPage, params);
      });
    },

    getOrder(orderId, call) {
      return send(call, async (signal) => {
        if (!orderId.trim()) throw new OrdersApiError('bad-request', { detail: 'empty orderId' });
        const text = await http.get(detailPath(orderId), { signal }).text();
        const order = toOrder(parseJson(text), storeOrigin);
        if (order.orderId !== orderId) {
          throw new OrdersApiError('bad-response', { detail: `asked for ${orderId}, got ${order.orderId}` });
        }
        return order;
      });
    },

    requestCancellation(orderId, reason, call) {
      return send(call, async (signal) => {
        const checked = validateCancellationReason(reason);
        if (!checked.ok) throw new OrdersApiError('bad-request', { detail: `reason ${checked.error}` });
        if (!orderId.trim()) throw new OrdersApiError('bad-request', { detail: 'empty orderId' });
        const response = await http.post(cancelPath(orderId), { json: { reason: checked.reason }, signal });
        // The body is undocumented by VTEX; the caller re-reads the order instead. Not awaited:
        // the clock hook's clone tees the stream, and cancelling one branch waits for the other.
        void response.body?.cancel().catch(() => undefined);
      });
    },

    serverNow: () => clock.now(),

    abort() {
      controller.abort();
      controller = new AbortController();
    },

    dispose() {
      disposed = true;
      controller.abort();
    },
  };
}
