/**
 * One error class for everything the orders API can fail with, told apart by `code` (from
 * the HTTP status: VTEX's JSON error bodies, plain-text ones and proxies' HTML pages all mean
 * the same to the shopper, and the browser's network panel shows them to a developer).
 * No user-facing text here: i18n maps codes to messages.
 */

export type OrdersApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'bad-response'
  | 'bad-request'
  | 'aborted'
  /** Not the API's: the widget's own files (a part) could not load while the shopper was online. */
  | 'widget-files';

export interface OrdersApiErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  cause?: unknown;
  /** Developer-facing detail for logs. */
  detail?: string;
}

export class OrdersApiError extends Error {
  override readonly name = 'OrdersApiError';
  readonly code: OrdersApiErrorCode;
  // `declare`: set only when known, so absent details are absent properties, not `undefined` ones.
  declare readonly status?: number;
  declare readonly retryAfterSeconds?: number;

  constructor(code: OrdersApiErrorCode, details: OrdersApiErrorDetails = {}) {
    const { status, retryAfterSeconds, cause, detail } = details;
    const httpStatus = status === undefined ? '' : ` (HTTP ${status})`;
    super(`Orders API: ${code}${httpStatus}${detail ? `: ${detail}` : ''}`, { cause });
    this.code = code;
    const known = Object.entries({ status, retryAfterSeconds }).filter(([, value]) => value !== undefined);
    Object.assign(this, Object.fromEntries(known));
  }
}

export function isOrdersApiError(error: unknown, code?: OrdersApiErrorCode): error is OrdersApiError {
  return error instanceof OrdersApiError && (code === undefined || error.code === code);
}

/** Errors where trying again later may succeed (the view offers "try again"). */
export function isTransientError(error: unknown): boolean {
  return (
    isOrdersApiError(error) && ['network', 'timeout', 'server', 'rate-limited', 'bad-response'].includes(error.code)
  );
}

export function codeForStatus(status: number): OrdersApiErrorCode {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : status >= 400 ? 'bad-request' : 'bad-response';
  }
}

/**
 * `Retry-After` as whole seconds: delta-seconds, or an HTTP-date measured against the
 * response's own `Date` (server time) when present, so a skewed device clock does not matter.
 */
export function parseRetryAfter(
  value: string | null,
  serverDate: string | null,
  deviceNowMs = Date.now(),
): number | undefined {
  const header = value?.trim();
  if (!header) return undefined;
  if (/^\d+$/.test(header)) return Number(header);
  const at = Date.parse(header);
  if (Number.isNaN(at)) return undefined;
  const now = serverDate ? Date.parse(serverDate) : Number.NaN;
  return Math.max(0, Math.ceil((at - (Number.isNaN(now) ? deviceNowMs : now)) / 1000));
}
