/**
 * Where an order stands in the cancellation flow, and what a request sent now would do. Read
 * from the loaded order (status decides); the server still has the last word on every request.
 */
import { type CancellationRequest, graceWindow, type Order, pendingCancellationRequest } from '../../domain/index.ts';

export type CancelPhase = 'none' | 'awaiting-seller' | 'canceling' | 'canceled';

export function phaseOf(order: Pick<Order, 'status' | 'stage' | 'cancellationRequests'>): CancelPhase {
  if (order.stage === 'canceled') return 'canceled';
  if (order.status === 'cancel' || order.status === 'canceling') return 'canceling';
  if (order.stage === 'cancellation-requested' || pendingCancellationRequest(order)) return 'awaiting-seller';
  return 'none';
}

/** Phases that change without the shopper: the widget polls while in them. */
export function isWatchedPhase(phase: CancelPhase): boolean {
  return phase === 'awaiting-seller' || phase === 'canceling';
}

export type CancelMode =
  /**
   * Automatic: before payment approval (`endsAt` null, docs/domain.md, "Cancellation rules",
   * rule 2), or inside the grace window until `endsAt` (the countdown counts down to it).
   */
  | { kind: 'immediate'; endsAt: Date | null }
  /** The store must approve; `windowClosedAt` when the order had a grace window. */
  | { kind: 'request'; windowClosedAt: Date | null };

const BEFORE_PAYMENT = new Set<Order['stage']>(['placed', 'pending-approval', 'payment-pending', 'payment-denied']);

export function cancelMode(
  order: Pick<Order, 'stage' | 'authorizedDate'>,
  gracePeriodMinutes: number,
  serverNowMs: number,
): CancelMode {
  if (order.authorizedDate === null && BEFORE_PAYMENT.has(order.stage)) return { kind: 'immediate', endsAt: null };
  const window = graceWindow(order.authorizedDate, gracePeriodMinutes, serverNowMs);
  if (window.insideWindow && window.endsAt) return { kind: 'immediate', endsAt: window.endsAt };
  return { kind: 'request', windowClosedAt: window.endsAt };
}

export function latestRequest(order: Pick<Order, 'cancellationRequests'>): CancellationRequest | null {
  return order.cancellationRequests.at(-1) ?? null;
}

export type Decision = { outcome: 'approved' } | { outcome: 'denied'; denyReason: string | null };

/** The seller's decision between two reads of the same order, if one was taken. */
export function decisionBetween(before: Order, after: Order): Decision | null {
  if (phaseOf(before) !== 'awaiting-seller') return null;
  const phase = phaseOf(after);
  if (phase === 'canceling' || phase === 'canceled') return { outcome: 'approved' };
  const waitedOn = pendingCancellationRequest(before);
  const now = waitedOn
    ? after.cancellationRequests.find((request) => request.id === waitedOn.id)
    : latestRequest(after);
  if (phase === 'none' && now?.denied) return { outcome: 'denied', denyReason: now.deniedReason };
  return null;
}

/** Whether the order's latest request is the shopper's own with this reason (a lost response). */
export function isOwnRequest(order: Order, reason: string): boolean {
  const latest = latestRequest(order);
  return latest?.requestedByUser === true && !latest.denied && latest.reason?.trim() === reason;
}
