/**
 * The status timeline: placed -> payment -> preparing -> shipped -> delivered, with the
 * cancellation branch (each request with its outcome, then "canceled"). Entry order is
 * structural, never sorted by date, so an unreadable date shows as unavailable (null) and cannot
 * scramble the sequence. Steps an order never reached are left out once it stopped (canceled,
 * replaced, unknown); `status` decides, and `cancellationData` on an active order is history.
 * Delivered is done only when the courier data says every outgoing package arrived (stage
 * `delivered`); until then an invoiced order's current step is "shipped", dated by its invoice.
 */

import { compareDatesDescending } from './date-order.ts';
import type { CancellationActor, Order } from './order.ts';

export type ProgressStepKind = 'placed' | 'payment' | 'preparing' | 'shipped' | 'delivered';
export type ProgressStepState = 'done' | 'current' | 'upcoming' | 'failed';

export interface ProgressEntry {
  kind: ProgressStepKind;
  state: ProgressStepState;
  date: Date | null;
}

export interface CancellationRequestEntry {
  kind: 'cancellation-request';
  requestId: string;
  requestedAt: Date | null;
  reason: string | null;
  requestedByUser: boolean;
  outcome: 'pending' | 'approved' | 'denied';
  decidedAt: Date | null;
  /** The seller's reason for a denial. */
  sellerReason: string | null;
}

export interface CanceledEntry {
  kind: 'canceled';
  /** `current` while the cancellation is being written (status `cancel`). */
  state: 'done' | 'current';
  date: Date | null;
  requestedBy: CancellationActor | null;
  reason: string | null;
}

export type TimelineEntry = ProgressEntry | CancellationRequestEntry | CanceledEntry;

export type TimelineFacts = Pick<
  Order,
  | 'stage'
  | 'status'
  | 'creationDate'
  | 'authorizedDate'
  | 'invoicedDate'
  | 'packages'
  | 'cancellation'
  | 'cancelReason'
  | 'cancellationRequests'
>;

const STEP_ORDER: readonly ProgressStepKind[] = ['placed', 'payment', 'preparing', 'shipped', 'delivered'];

/** How far the order got: index into STEP_ORDER of the last completed step. */
function lastDoneIndex(order: TimelineFacts): number {
  switch (order.stage) {
    case 'placed':
    case 'pending-approval':
    case 'payment-pending':
    case 'payment-denied':
      return 0;
    case 'payment-approved':
    case 'preparing':
      return 1;
    case 'shipped':
      // Invoiced and on its way: shipping is the current step until every package is delivered.
      return 2;
    case 'delivered':
      return 4;
    default: {
      // Stopped or paused orders: only what the data proves happened.
      const outgoing = order.packages.some((pkg) => pkg.type === 'output');
      if (order.invoicedDate !== null || outgoing) return 3;
      return order.authorizedDate !== null ? 1 : 0;
    }
  }
}

const STOPPED = new Set(['canceled', 'replaced', 'creation-error', 'unknown', 'payment-denied']);

/** `cancel`: the cancellation is approved and being written; nothing else will happen. */
function isCanceling(status: string): boolean {
  return ['cancel', 'canceling'].includes(status.trim().toLowerCase());
}

function earliest(dates: Array<Date | null>): Date | null {
  return (
    dates
      .filter((date) => date !== null)
      .sort(compareDatesDescending)
      .at(-1) ?? null
  );
}

function latest(dates: Array<Date | null>): Date | null {
  return dates.filter((date) => date !== null).sort(compareDatesDescending)[0] ?? null;
}

function stepDate(order: TimelineFacts, kind: ProgressStepKind): Date | null {
  const outgoing = order.packages.filter((pkg) => pkg.type === 'output');
  switch (kind) {
    case 'placed':
      return order.creationDate;
    case 'payment':
      return order.authorizedDate;
    case 'preparing':
      return null;
    case 'shipped':
      return order.invoicedDate ?? earliest(outgoing.map((pkg) => pkg.issuanceDate));
    case 'delivered':
      return latest(outgoing.map((pkg) => pkg.deliveredDate));
  }
}

function progress(order: TimelineFacts): ProgressEntry[] {
  const done = lastDoneIndex(order);
  const stopped = STOPPED.has(order.stage) || isCanceling(order.status);
  const paused = order.stage === 'cancellation-requested';
  const entries: ProgressEntry[] = [];
  STEP_ORDER.forEach((kind, index) => {
    if (index <= done) {
      entries.push({ kind, state: 'done', date: stepDate(order, kind) });
    } else if (index === done + 1 && order.stage === 'payment-denied') {
      entries.push({ kind, state: 'failed', date: null });
    } else if (!stopped) {
      const current = index === done + 1 && !paused;
      // A shipment in progress started on a known day (its invoice); no other step has begun.
      const date = current && kind === 'shipped' ? stepDate(order, kind) : null;
      entries.push({ kind, state: current ? 'current' : 'upcoming', date });
    }
  });
  return entries;
}

function requestEntries(order: TimelineFacts): CancellationRequestEntry[] {
  // `cancel` means the cancellation was approved and is being written: the request is decided.
  const canceled = order.stage === 'canceled' || isCanceling(order.status);
  return order.cancellationRequests.map((request) => ({
    kind: 'cancellation-request',
    requestId: request.id,
    requestedAt: request.requestedAt,
    reason: request.reason,
    requestedByUser: request.requestedByUser,
    outcome: request.denied ? 'denied' : canceled ? 'approved' : 'pending',
    decidedAt: request.denied ? request.deniedAt : canceled ? (order.cancellation?.date ?? null) : null,
    sellerReason: request.denied ? request.deniedReason : null,
  }));
}

function canceledEntry(order: TimelineFacts): CanceledEntry | null {
  const canceled = order.stage === 'canceled';
  if (!canceled && !isCanceling(order.status)) return null;
  return {
    kind: 'canceled',
    state: canceled ? 'done' : 'current',
    date: canceled ? (order.cancellation?.date ?? null) : null,
    requestedBy: order.cancellation?.requestedBy ?? null,
    reason: order.cancellation?.reason ?? order.cancelReason,
  };
}

export function buildTimeline(order: TimelineFacts): TimelineEntry[] {
  const steps = progress(order);
  // Requests come before invoicing: after the last completed step that precedes shipping.
  const firstShipped = steps.findIndex(
    (step) => (step.kind === 'shipped' || step.kind === 'delivered') && step.state === 'done',
  );
  const at = firstShipped >= 0 ? firstShipped : steps.map((step) => step.state).lastIndexOf('done') + 1;
  const canceled = canceledEntry(order);
  return [...steps.slice(0, at), ...requestEntries(order), ...steps.slice(at), ...(canceled ? [canceled] : [])];
}
