/**
 * Raw VTEX status -> the shopper-facing stage (after FastStore's badge groups, docs/domain.md, "Statuses").
 * `status` alone decides the stage; only "delivered" also needs the packages' courier status.
 */

export const ORDER_STAGES = [
  'placed',
  'pending-approval',
  'payment-pending',
  'payment-approved',
  'payment-denied',
  'preparing',
  'shipped',
  'delivered',
  'cancellation-requested',
  'canceled',
  /** The order was replaced by a changed order (`replaced`): neither active nor canceled. */
  'replaced',
  /** The platform failed to create the order (`order-create-error`). */
  'creation-error',
  /** A status this widget has never heard of: show a neutral label. */
  'unknown',
] as const;

export type OrderStage = (typeof ORDER_STAGES)[number];

const STAGE_BY_STATUS: ReadonlyMap<string, OrderStage> = new Map<string, OrderStage>([
  ['created', 'placed'],
  ['creating', 'placed'],
  ['order-created', 'placed'],
  ['order-completed', 'placed'],
  ['on-order-completed', 'placed'],
  ['on-order-completed-ffm', 'placed'],
  ['order-accepted', 'placed'],
  ['waiting-for-seller-confirmation', 'placed'],

  ['waiting-for-authorization', 'pending-approval'],
  ['waiting-for-order-authorization', 'pending-approval'],
  ['waiting-for-confirmation', 'pending-approval'],
  ['waiting-for-manual-authorization', 'pending-approval'],
  ['waiting-for-mkt-authorization', 'pending-approval'],

  ['payment-pending', 'payment-pending'],
  ['approving-transaction', 'payment-pending'],
  ['notify-payment', 'payment-pending'],

  ['payment-approved', 'payment-approved'],
  ['approve-payment', 'payment-approved'],

  ['payment-denied', 'payment-denied'],

  ['window-to-cancel', 'preparing'],
  ['ready-for-handling', 'preparing'],
  ['start-handling', 'preparing'],
  ['handling', 'preparing'],
  ['invoice', 'preparing'],
  ['invoicing', 'preparing'],
  ['invoice-after-cancellation-deny', 'preparing'],
  ['authorize-fulfillment', 'preparing'],
  ['waiting-ffmt-authorization', 'preparing'],
  ['waiting-for-fulfillment', 'preparing'],
  ['release-to-fulfillment', 'preparing'],
  ['ready-for-picking', 'preparing'],
  ['picking', 'preparing'],
  ['ready-for-packing', 'preparing'],
  ['packing', 'preparing'],
  ['ready-for-invoicing', 'preparing'],

  ['invoiced', 'shipped'],

  ['request-cancel', 'cancellation-requested'],
  ['waiting-for-seller-decision', 'cancellation-requested'],
  ['cancellation-requested', 'cancellation-requested'],
  ['cancellation-requested-with-ack', 'cancellation-requested'],
  ['accepting-cancel', 'cancellation-requested'],
  ['cancel', 'cancellation-requested'],
  ['canceling', 'cancellation-requested'],

  ['canceled', 'canceled'],
  ['cancelled', 'canceled'],

  ['replaced', 'replaced'],
  ['order-create-error', 'creation-error'],
  ['order-creation-error', 'creation-error'],
]);

/** Every raw status this module maps to a stage other than `unknown`. */
export const KNOWN_STATUSES: readonly string[] = [...STAGE_BY_STATUS.keys()];

/**
 * @param delivered whether the order's packages say they reached the shopper; only turns an
 *   invoiced order into `delivered`.
 */
export function stageOfStatus(status: string, delivered = false): OrderStage {
  const stage = STAGE_BY_STATUS.get(status.trim().toLowerCase()) ?? 'unknown';
  return stage === 'shipped' && delivered ? 'delivered' : stage;
}
