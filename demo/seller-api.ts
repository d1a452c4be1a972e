/**
 * The seller console's HTTP client: VTEX's seller (OMS `pvt`) endpoints and the mock's
 * `/_mock/` controls, with the seller's app key and token, on the page's own origin.
 * Every call resolves to an outcome (never throws), so a fault switched on in the mock shows
 * up as a message in the console instead of breaking it.
 */

import {
  type MockEndpoint,
  type MockFault,
  type MockFaultRule,
  type MockOrderSummary,
  type MockSettings,
  SELLER_APP_KEY,
  SELLER_APP_TOKEN,
} from '../mocks/index.ts';
import type { WireOrderDetail, WireTrackingEvent } from '../src/contract/vtex-orders.ts';

export type ApiOutcome<T> =
  | { ok: true; status: number; value: T }
  | { ok: false; status: number | null; message: string };

export interface MockState {
  now: string;
  nowMs: number;
  clock: 'frozen' | 'live';
  seed: number;
  settings: MockSettings;
  faults: Partial<Record<MockEndpoint, MockFaultRule>>;
}

export interface Receipt {
  date: string;
  orderId: string;
  receipt: string;
}

export interface InvoiceBody {
  type: 'Output' | 'Input';
  issuanceDate: string;
  invoiceNumber: string;
  /** Cents, as a string (VTEX's format). */
  invoiceValue: string;
  items: Array<{ id: string; quantity: number; price: number }>;
  courier?: string;
  trackingNumber?: string;
}

export interface TrackingBody {
  isDelivered: boolean;
  deliveredDate?: string;
  events: WireTrackingEvent[];
}

export interface SellerApiOptions {
  /** Prefix for every path; default '' (same origin). */
  origin?: string;
  /** A request that has not answered by then is abandoned (the mock's `hang` fault). */
  timeoutMs?: number;
}

type Parse<T> = (json: unknown) => T | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isPendingRequest(value: unknown): boolean {
  return (
    value === null ||
    (isRecord(value) &&
      isString(value.id) &&
      isString(value.reason) &&
      isString(value.requestedAt) &&
      isString(value.deadline))
  );
}

/** Checks the fields the console reads; the rest of the summary is typed by the mock. */
function isOrderSummary(value: unknown): value is MockOrderSummary {
  return (
    isRecord(value) &&
    isString(value.orderId) &&
    isString(value.shopper) &&
    isString(value.status) &&
    isString(value.creationDate) &&
    isString(value.currencyCode) &&
    isNumber(value.value) &&
    isNumber(value.invoicedValue) &&
    isStringArray(value.itemNames) &&
    isStringArray(value.invoiceNumbers) &&
    isPendingRequest(value.pendingCancellationRequest)
  );
}

const parseOrders: Parse<MockOrderSummary[]> = (json) =>
  isRecord(json) && Array.isArray(json.orders) && json.orders.every(isOrderSummary) ? json.orders : null;

const parseState: Parse<MockState> = (json) =>
  isRecord(json) &&
  isString(json.now) &&
  isNumber(json.nowMs) &&
  isRecord(json.settings) &&
  isNumber(json.settings.gracePeriodMinutes) &&
  isNumber(json.settings.writeLagMs) &&
  isRecord(json.faults)
    ? (json as unknown as MockState)
    : null;

const parseReceipt: Parse<Receipt> = (json) =>
  isRecord(json) && isString(json.orderId) && isString(json.receipt) && isString(json.date)
    ? { date: json.date, orderId: json.orderId, receipt: json.receipt }
    : null;

const parsePlaced: Parse<{ orderId: string; status: string }> = (json) =>
  isRecord(json) && isString(json.orderId) && isString(json.status)
    ? { orderId: json.orderId, status: json.status }
    : null;

/** The detail's items and packages are what invoices and tracking need; the rest is not read. */
const parseDetail: Parse<WireOrderDetail> = (json) =>
  isRecord(json) && isString(json.orderId) && (json.items === null || Array.isArray(json.items))
    ? (json as unknown as WireOrderDetail)
    : null;

const noBody: Parse<undefined> = () => undefined;

/** VTEX error bodies, plain text, or a proxy's HTML page: a one-line message either way. */
function failureMessage(response: Response, text: string): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  try {
    const json: unknown = JSON.parse(text);
    if (isRecord(json) && isRecord(json.error) && isString(json.error.message)) {
      const code = isString(json.error.code) ? `${json.error.code}: ` : '';
      return `${head} (${code}${json.error.message})`;
    }
  } catch {
    // Not JSON: fall through to plain text.
  }
  const plain = text.trim();
  if (plain === '' || plain.startsWith('<') || plain.length > 200) return head;
  return `${head} (${plain})`;
}

export type SellerApi = ReturnType<typeof createSellerApi>;

export function createSellerApi(options: SellerApiOptions = {}) {
  const origin = options.origin ?? '';
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<T>(method: string, path: string, parse: Parse<T>, body?: unknown): Promise<ApiOutcome<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-VTEX-API-AppKey': SELLER_APP_KEY,
      'X-VTEX-API-AppToken': SELLER_APP_TOKEN,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(`${origin}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: abort.signal,
      });
      const text = await response.text();
      if (!response.ok) return { ok: false, status: response.status, message: failureMessage(response, text) };
      if (parse === noBody) return { ok: true, status: response.status, value: undefined as T };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, status: response.status, message: `HTTP ${response.status} with a body that is not JSON` };
      }
      const value = parse(json);
      if (value === null)
        return {
          ok: false,
          status: response.status,
          message: `HTTP ${response.status} with an unexpected response shape`,
        };
      return { ok: true, status: response.status, value };
    } catch (error) {
      if (abort.signal.aborted)
        return { ok: false, status: null, message: `No answer after ${Math.round(timeoutMs / 1000)} s` };
      return {
        ok: false,
        status: null,
        message: `Network error${error instanceof Error && error.message ? ` (${error.message})` : ''}`,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  const order = (orderId: string): string => `/api/oms/pvt/orders/${encodeURIComponent(orderId)}`;

  return {
    orders: () => call('GET', '/_mock/orders', parseOrders),
    state: () => call('GET', '/_mock/state', parseState),
    /** VTEX's seller "Get order": the items and packages that invoices and tracking need. */
    orderDetail: (orderId: string) => call('GET', order(orderId), parseDetail),
    placeOrder: (body: { shopper: 'main' | 'second'; currency: 'BRL' | 'USD' | 'EUR' }) =>
      call('POST', '/_mock/orders', parsePlaced, body),
    /** Approves a pending request (or cancels, with VTEX's two-step rule after the window). */
    cancel: (orderId: string, reason: string, requestedByUser: boolean) =>
      call('POST', `${order(orderId)}/cancel`, parseReceipt, { reason, requestedByUser }),
    deny: (orderId: string, cancellationRequestId: string, denyReason: string) =>
      call('POST', `${order(orderId)}/deny-cancellation-request`, noBody, { cancellationRequestId, denyReason }),
    startHandling: (orderId: string) => call('POST', `${order(orderId)}/start-handling`, noBody),
    invoice: (orderId: string, body: InvoiceBody) => call('POST', `${order(orderId)}/invoice`, parseReceipt, body),
    tracking: (orderId: string, invoiceNumber: string, body: TrackingBody) =>
      call('PUT', `${order(orderId)}/invoice/${encodeURIComponent(invoiceNumber)}/tracking`, parseReceipt, body),
    updateSettings: (settings: Partial<MockSettings>) => call('PUT', '/_mock/settings', parseState, settings),
    advanceClock: (ms: number) => call('POST', '/_mock/clock', parseState, { advanceMs: ms }),
    setFault: (endpoint: MockEndpoint, fault: MockFault, times?: number) =>
      call('PUT', `/_mock/faults/${endpoint}`, parseState, times === undefined ? { fault } : { fault, times }),
    clearFault: (endpoint: MockEndpoint) => call('DELETE', `/_mock/faults/${endpoint}`, noBody),
    clearFaults: () => call('DELETE', '/_mock/faults', noBody),
    reset: () => call('POST', '/_mock/reset', parseState, {}),
  };
}
