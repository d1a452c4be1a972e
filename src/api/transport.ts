/**
 * The wire under every endpoint: one ky instance per widget instance (no module state).
 *
 * - `credentials: 'same-origin'`: the shopper is the platform's login cookie.
 * - Timeouts per attempt; GET retried on 408/413/429/5xx and network errors with backoff,
 *   honouring `Retry-After` up to `maxRetryAfterMs` (ky 1.14 would otherwise wait whatever the
 *   server says, capped only at maxRetryAfter); POST never retried (a cancel request must not
 *   be sent twice).
 * - Every failure becomes an OrdersApiError; `abort()` stops everything in flight;
 *   `dispose()` also refuses later calls.
 * - Every answer's `Date` (an error's too) feeds the server clock (`serverNow()`).
 *
 * The endpoints live apart (orders-list.ts, order-endpoints.ts) so the script tag can carry
 * the list's and load the order's with the order view.
 */

import type { HTTPError, KyInstance } from 'ky';
import ky, { isHTTPError, isTimeoutError } from 'ky';
import { linkSignals } from './abort-signals.ts';
import { codeForStatus, OrdersApiError, parseRetryAfter } from './errors.ts';
import { createServerClock } from './server-clock.ts';

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

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 2,
  baseDelayMs: 300,
  backoffLimitMs: 3_000,
  maxRetryAfterMs: 10_000,
};
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface TransportOptions {
  /** Where `api/...` lives; default `/` (the store's own origin). */
  apiBase?: string;
  /** Resolves relative item links; default: the origin of apiBase, else the page's origin. */
  storeOrigin?: string | null;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Aborting it aborts every request of this transport, like dispose(). */
  signal?: AbortSignal;
}

export interface CallOptions {
  /** Aborts this call only (e.g. a list request superseded by new filters). */
  signal?: AbortSignal;
  /**
   * A write that outlives this client: `abort()`, `dispose()` and the transport's signal leave it
   * running (a widget rebuilt by an option change must still learn what its request did).
   */
  detached?: boolean;
}

/** What every client has: the store's clock and a way to stop. */
export interface WireControl {
  /** The store's clock, in epoch ms, estimated from response `Date` headers. */
  serverNow(): number;
  /** Aborts every request in flight; the client stays usable. */
  abort(): void;
  /** Aborts every request in flight and refuses later calls (the widget went away). */
  dispose(): void;
}

export interface Transport extends WireControl {
  /** The origin relative store links resolve against (null: unknown). */
  readonly storeOrigin: string | null;
  /** GETs `path` (relative to apiBase) and parses its JSON; an empty or malformed body is a bad response. */
  getJson(path: string, call?: CallOptions): Promise<unknown>;
  /** POSTs `json` to `path`; the response body is discarded. */
  post(path: string, json: unknown, call?: CallOptions): Promise<void>;
}

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

function fromHttpError(error: HTTPError): OrdersApiError {
  const { response } = error;
  return new OrdersApiError(codeForStatus(response.status), {
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), response.headers.get('date')),
    cause: error,
  });
}

function toApiError(error: unknown, signal: AbortSignal): OrdersApiError {
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

export function createTransport(options: TransportOptions = {}): Transport {
  const apiBase = options.apiBase ?? '/';
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
  });

  /** The store's clock from an answer (an error's too); read off the response, never a clone of it. */
  const observe = ({ headers }: Response): void => clock.observe(headers.get('date'), headers.get('age'));

  async function send<T>(call: CallOptions | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (disposed) throw new OrdersApiError('aborted', { detail: 'client disposed' });
    const linked = linkSignals(call?.detached ? [call.signal] : [controller.signal, options.signal, call?.signal]);
    try {
      return await run(linked.signal);
    } catch (error) {
      if (isHTTPError(error)) observe(error.response);
      throw toApiError(error, linked.signal);
    } finally {
      linked.release();
    }
  }

  return {
    storeOrigin: options.storeOrigin ?? defaultStoreOrigin(apiBase),

    getJson: (path, call) =>
      send(call, async (signal) => {
        const response = await http.get(path, { signal });
        observe(response);
        return parseJson(await response.text());
      }),

    post: (path, json, call) =>
      send(call, async (signal) => {
        const response = await http.post(path, { json, signal });
        observe(response);
        void response.body?.cancel().catch(() => undefined);
      }),

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
