/**
 * The failures the models hold and the view words: what any load or write can end in. The view
 * takes these types from here, never from the wire (`src/api/`).
 */
import { OrdersApiError } from '../api/index.ts';

export type { OrdersApiError, OrdersApiErrorCode } from '../api/index.ts';

/** The client throws OrdersApiError only; anything else is a bug we still show as a failure. */
export function asApiError(error: unknown): OrdersApiError {
  return error instanceof OrdersApiError ? error : new OrdersApiError('bad-response', { cause: error });
}
