/**
 * Whether an order may be canceled, and how. The ONE function behind both the detail's
 * `allowCancellation` and the acceptance of a user-cancel-request, so they cannot disagree.
 * Call it on a settled order (docs/domain.md, "Cancellation rules", rules 2 to 4).
 */
import type { OrderRecord } from '../model.ts';
import { invoicedValue } from './transitions.ts';

export type CannotCancelReason =
  | 'canceled'
  | 'canceling'
  | 'invoiced'
  | 'partially-invoiced'
  | 'incomplete'
  | 'automatic-step'
  | 'request-pending'
  | 'not-cancellable';

export type CancellationVerdict =
  | { allowed: true; mode: 'automatic' | 'request' }
  | { allowed: false; reason: CannotCancelReason };

export function cancellationVerdict(order: OrderRecord): CancellationVerdict {
  const no = (reason: CannotCancelReason): CancellationVerdict => ({ allowed: false, reason });
  if (order.status === 'canceled') return no('canceled');
  if (order.status === 'cancel') return no('canceling');
  const invoiced = invoicedValue(order);
  if (order.status === 'invoiced' || invoiced >= order.value) return no('invoiced');
  if (invoiced > 0) return no('partially-invoiced');
  if (!order.isCompleted) return no('incomplete');
  if (order.status === 'cancellation-requested' || order.cancellationRequests.some((r) => r.state === 'pending'))
    return no('request-pending');
  switch (order.status) {
    case 'order-created':
    case 'start-handling':
    case 'invoice':
      return no('automatic-step');
    case 'payment-pending':
    case 'payment-denied':
    case 'payment-approved':
    case 'window-to-cancel':
      return { allowed: true, mode: 'automatic' };
    case 'ready-for-handling':
    case 'handling':
      return { allowed: true, mode: 'request' };
    default:
      return no('not-cancellable');
  }
}
