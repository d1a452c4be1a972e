/** Cancellation on both sides: the shopper's request, the seller's cancel/approve and deny. */
import { mintUuid } from '../ids.ts';
import type { CancellationRequestRecord, OrderRecord } from '../model.ts';
import type { Prng } from '../prng.ts';
import type { MockSettings } from '../types.ts';
import { ERROR_CODES, FlowError } from './errors.ts';
import { settle } from './settle.ts';
import { startCanceling } from './transitions.ts';
import { type CannotCancelReason, cancellationVerdict } from './verdict.ts';

export interface FlowContext {
  now: number;
  settings: MockSettings;
  prng: Prng;
}

const REFUSALS: Record<CannotCancelReason, string> = {
  canceled: 'The order is already canceled',
  canceling: 'The order is already being canceled',
  invoiced: 'Invoiced orders cannot be canceled',
  'partially-invoiced': 'Partially invoiced orders cannot be canceled; change the order instead',
  incomplete: 'Incomplete orders cannot be canceled',
  'automatic-step': 'The order is in an automatic step and cannot be canceled now',
  'request-pending': 'A cancellation request for this order is already pending',
  'not-cancellable': 'The order cannot be canceled in its current status',
};

function refuse(reason: CannotCancelReason): FlowError {
  const code = reason === 'request-pending' ? ERROR_CODES.requestPending : ERROR_CODES.cannotCancel;
  return new FlowError(409, code, REFUSALS[reason]);
}

function openRequest(
  order: OrderRecord,
  reason: string,
  requestedByUser: boolean,
  context: FlowContext,
): CancellationRequestRecord {
  const request: CancellationRequestRecord = {
    id: mintUuid(context.prng),
    reason,
    requestedAt: context.now,
    requestedByUser,
    state: 'pending',
    previousStatus: order.status,
    deniedReason: null,
    deniedAt: null,
  };
  order.cancellationRequests.push(request);
  return request;
}

function pendingRequest(order: OrderRecord): CancellationRequestRecord | undefined {
  return order.cancellationRequests.find((request) => request.state === 'pending');
}

/** The shopper asks: automatic cancel before the window ends, a request for the seller after. */
export function requestCancellation(
  order: OrderRecord,
  reason: string,
  context: FlowContext,
): { status: 'cancel' | 'canceled' | 'cancellation-requested'; cancellationRequestId: string } {
  const verdict = cancellationVerdict(order);
  if (!verdict.allowed) throw refuse(verdict.reason);
  const request = openRequest(order, reason, true, context);
  if (verdict.mode === 'automatic') {
    request.state = 'accepted';
    startCanceling(
      order,
      {
        byUser: true,
        bySystem: false,
        bySellerNotification: false,
        byPaymentNotification: false,
        reason,
        date: context.now,
      },
      context.settings.writeLagMs,
    );
  } else {
    order.status = 'cancellation-requested';
    order.lastChange = context.now;
  }
  settle(order, context.now, context.settings);
  const status = order.status === 'canceled' || order.status === 'cancel' ? order.status : 'cancellation-requested';
  return { status, cancellationRequestId: request.id };
}

/**
 * The seller's cancel: approves a pending request; cancels outright before the window ends;
 * after it, the first call only opens a request (VTEX's two-step rule), the second approves.
 */
export function sellerCancel(order: OrderRecord, reason: string, requestedByUser: boolean, context: FlowContext): void {
  const pending = pendingRequest(order);
  if (order.status === 'cancellation-requested' && pending) {
    pending.state = 'accepted';
    startCanceling(
      order,
      {
        byUser: pending.requestedByUser,
        bySystem: false,
        bySellerNotification: !pending.requestedByUser,
        byPaymentNotification: false,
        reason: pending.reason,
        date: context.now,
      },
      context.settings.writeLagMs,
    );
  } else {
    const verdict = cancellationVerdict(order);
    if (!verdict.allowed) throw refuse(verdict.reason);
    if (verdict.mode === 'request') {
      openRequest(order, reason, requestedByUser, context);
      order.status = 'cancellation-requested';
      order.lastChange = context.now;
    } else {
      startCanceling(
        order,
        {
          byUser: requestedByUser,
          bySystem: false,
          bySellerNotification: !requestedByUser,
          byPaymentNotification: false,
          reason,
          date: context.now,
        },
        context.settings.writeLagMs,
      );
    }
  }
  settle(order, context.now, context.settings);
}

/** The seller declines: the order goes back to where it was; the request stays, marked denied. */
export function denyCancellation(
  order: OrderRecord,
  cancellationRequestId: string,
  denyReason: string,
  context: FlowContext,
): void {
  if (order.status !== 'cancellation-requested') {
    throw new FlowError(
      400,
      ERROR_CODES.wrongStatus,
      'Order status should be cancellation-requested to perform this action',
    );
  }
  const pending = pendingRequest(order);
  if (!pending || pending.id !== cancellationRequestId) {
    throw new FlowError(
      400,
      ERROR_CODES.unknownCancellationRequest,
      `Cancellation request ${cancellationRequestId} not found`,
    );
  }
  pending.state = 'denied';
  pending.deniedReason = denyReason;
  pending.deniedAt = context.now;
  order.status = pending.previousStatus;
  order.lastChange = context.now;
}
