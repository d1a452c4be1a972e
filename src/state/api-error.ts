import { OrdersApiError } from '../api/index.ts';

/** The client throws OrdersApiError only; anything else is a bug we still show as a failure. */
export function asApiError(error: unknown): OrdersApiError {
  return error instanceof OrdersApiError ? error : new OrdersApiError('bad-response', { cause: error });
}
