/** A new order from the seller console: it pays a few seconds later, then enters the window. */
import { mintOrderGroup } from '../ids.ts';
import type { BuyerKey, CurrencyCode, OrderRecord } from '../model.ts';
import { buildOrder } from '../seed/build-order.ts';
import type { OrderStore } from '../store.ts';
import type { FlowContext } from './cancellation.ts';

/** Mock-clock time from placing an order to its payment approval. */
export const PAYMENT_APPROVAL_MS = 3000;

export function placeOrder(
  store: OrderStore,
  shopper: BuyerKey,
  currency: CurrencyCode,
  context: FlowContext,
): OrderRecord {
  const identity = { orderGroup: mintOrderGroup(context.prng, store.groups()), suffix: 1 };
  const spec = {
    shopper,
    currency,
    status: 'payment-pending',
    createdAgo: 0,
    approvedAfter: null,
    payment: 'creditCard',
  } as const;
  const order = buildOrder(spec, { prng: context.prng, now: context.now }, identity);
  order.paymentApprovesAt = context.now + PAYMENT_APPROVAL_MS;
  order.sequence = store.nextSequence();
  store.add(order);
  return order;
}
