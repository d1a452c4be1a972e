/**
 * One error class for everything the orders API can fail with, told apart by `code`.
 * No user-facing text here: i18n maps codes to messages. `vtexCode`/`vtexMessage` are for
 * diagnostics; HTML error pages (proxies, CDNs) are never kept.
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
  | 'aborted';

export interface OrdersApiErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  vtexCode?: string;
  vtexMessage?: string;
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
  declare readonly vtexCode?: string;
  declare readonly vtexMessage?: string;

  constructor(code: OrdersApiErrorCode, details: OrdersApiErrorDetails = {}) {
    const { status, retryAfterSeconds, vtexCode, vtexMessage, cause, detail } = details;
    const httpStatus = status === undefined ? '' : ` (HTTP ${status})`;
    super(`Orders API: ${code}${httpStatus}${detail ? `: ${detail}` : ''}`, { cause });
    this.code = code;
    const known = Object.entries({ status, retryAfterSeconds, vtexCode, vtexMessage }).filter(([, value]) => value !== undefined);
    Object.assign(this, Object.fromEntries(known));
  }
}

export function isOrdersApiError(error: unknown, code?: OrdersApiErrorCode): error is OrdersApiError {
  return error instanceof OrdersApiError && (code === undefined || error.code === code);
}

/** Errors where trying again later may succeed (the view offers "try again"). */
export function isTransientError(error: unknown): boolean {
  return (
    isOrdersApiError(error) &&
    ['network', 'timeout', 'server', 'rate-limited', 'bad-response'].includes(error.code)
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

const MAX_MESSAGE = 500;

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /html|xml/i.test(contentType ?? '') || /^\s*</.test(text);
}

/** VTEX error bodies: `{ error: { code, message } }`, `{ Message }`/`{ message }`, or plain text. */
export function parseVtexErrorBody(
  text: string,
  contentType: string | null,
): Pick<OrdersApiErrorDetails, 'vtexCode' | 'vtexMessage'> {
  const body = text.trim();
  if (body === '' || looksLikeHtml(body, contentType)) return {};
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { vtexMessage: body.slice(0, MAX_MESSAGE) };
  }
  if (typeof json !== 'object' || json === null) return typeof json === 'string' ? { vtexMessage: json.slice(0, MAX_MESSAGE) } : {};
  const record = json as Record<string, unknown>;
  const inner = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : record;
  const code = inner.code ?? inner.Code;
  const message = inner.message ?? inner.Message ?? (typeof record.error === 'string' ? record.error : undefined);
  const details: Pick<OrdersApiErrorDetails, 'vtexCode' | 'vtexMessage'> = {};
  if (typeof code === 'string' || typeof code === 'number') details.vtexCode = String(code);
  if (typeof message === 'string') details.vtexMessage = message.slice(0, MAX_MESSAGE);
  return details;
}

/**
 * `Retry-After` as whole seconds: delta-seconds, or an HTTP-date measured against the
 * response's own `Date` (server time) when present, so a skewed device clock does not matter.
 */
export function parseRetryAfter(value: string | null, serverDate: string | null, deviceNowMs = Date.now()): number | undefined {
  const header = value?.trim();
  if (!header) return undefined;
  if (/^\d+$/.test(header)) return Number(header);
  const at = Date.parse(header);
  if (Number.isNaN(at)) return undefined;
  const now = serverDate ? Date.parse(serverDate) : Number.NaN;
  return Math.max(0, Math.ceil((at - (Number.isNaN(now) ? deviceNowMs : now)) / 1000));
}
