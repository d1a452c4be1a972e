/**
 * Cancellation requests still out, by order. Owned by the mounted widget, not by a model: a
 * store's option change rebuilds the models while a request is in flight, and the rebuilt model
 * takes the request's answer over, so the outcome is still read and said (docs/domain.md,
 * "Cancellation rules"). The request itself is sent detached from the client it left with.
 */
import type { OrdersApiError } from '../../api/index.ts';

export interface PendingCancellation {
  reason: string;
  /** What confirming promised when it was pressed. */
  expected: 'canceled' | 'requested';
  /** Settles with the answer: null for a 2xx, else the error. Never rejects. */
  answer: Promise<OrdersApiError | null>;
}

export type PendingCancellations = Map<string, PendingCancellation>;
