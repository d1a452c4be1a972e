/**
 * The flow's automatic steps, evaluated lazily: whenever an order is read, every step whose
 * time has come (by the mock clock) is applied, stamped with the time it was due.
 */
import { DAY, MINUTE } from '../dates.ts';
import type { OrderRecord } from '../model.ts';
import type { MockSettings } from '../types.ts';
import { startCanceling } from './transitions.ts';

/** A freshly approved payment shows `payment-approved` this long before the window opens. */
export const APPROVAL_TO_WINDOW_MS = 2000;
/** A request the seller leaves unanswered this long is canceled by the platform. */
export const REQUEST_DEADLINE_MS = 30 * DAY;

export function gracePeriodEnd(order: OrderRecord, settings: MockSettings): number | null {
  return order.authorizedDate === null ? null : order.authorizedDate + settings.gracePeriodMinutes * MINUTE;
}

interface Step {
  at: number;
  apply(): void;
}

function nextStep(order: OrderRecord, settings: MockSettings): Step | null {
  const move = (status: OrderRecord['status'], at: number): void => {
    order.status = status;
    order.lastChange = at;
  };
  switch (order.status) {
    case 'payment-pending': {
      const at = order.paymentApprovesAt;
      if (at === null || !order.isCompleted) return null;
      return {
        at,
        apply: () => {
          order.authorizedDate = at;
          order.paymentApprovesAt = null;
          move('payment-approved', at);
        },
      };
    }
    case 'payment-approved': {
      if (order.authorizedDate === null) return null;
      const at = order.authorizedDate + APPROVAL_TO_WINDOW_MS;
      return { at, apply: () => move('window-to-cancel', at) };
    }
    case 'window-to-cancel': {
      const end = gracePeriodEnd(order, settings);
      if (end === null) return null;
      // A grace period shorter than the approval step (or set to 0 while the window is open)
      // closes the window when it opened, never before: time does not run backwards.
      const at = Math.max(end, order.lastChange);
      return { at, apply: () => move('ready-for-handling', at) };
    }
    case 'cancellation-requested': {
      const request = order.cancellationRequests.find((r) => r.state === 'pending');
      if (!request) return null;
      const at = request.requestedAt + REQUEST_DEADLINE_MS;
      return {
        at,
        apply: () => {
          request.state = 'accepted';
          startCanceling(
            order,
            {
              byUser: request.requestedByUser,
              bySystem: true,
              bySellerNotification: false,
              byPaymentNotification: false,
              reason: request.reason,
              date: at,
            },
            settings.writeLagMs,
          );
        },
      };
    }
    case 'cancel': {
      const at = order.cancelCompletesAt;
      return at === null ? null : { at, apply: () => move('canceled', at) };
    }
    default:
      return null;
  }
}

/** Brings an order up to `now`. Safe to call on every read. */
export function settle(order: OrderRecord, now: number, settings: MockSettings): OrderRecord {
  for (let step = nextStep(order, settings); step && step.at <= now; step = nextStep(order, settings)) step.apply();
  return order;
}
