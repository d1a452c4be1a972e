/**
 * Follows the open order for the cancel flow: tells when another order is opened and when a
 * newer read of the same order arrives, and polls quietly (no loading state, no error panel)
 * while the order waits on the seller or is being canceled, with backoff, only while visible.
 */
import { effect, untracked } from '@preact/signals';
import type { Order } from '../../domain/index.ts';
import type { DetailModel } from '../detail-model.ts';
import { currentValue } from '../load.ts';
import { type BackoffPlan, createPoller } from '../poller.ts';
import type { VisibilitySource } from '../visibility.ts';
import { isWatchedPhase, phaseOf } from './phase.ts';

export interface DecisionWatchDeps {
  detail: DetailModel;
  visibility: VisibilitySource;
  plan: BackoffPlan;
  /** Another order (or none) is open now. */
  onSwitch(orderId: string | null): void;
  /** A newer read of the open order; `before` is null for its first read. */
  onRead(before: Order | null, after: Order): void;
}

export function watchOpenOrder(deps: DecisionWatchDeps): () => void {
  const { detail } = deps;

  const poller = createPoller(async () => void (await detail.refresh()), deps.visibility, deps.plan);

  let seenId: string | null = null;
  let seen: Order | null = null;
  let watching: string | null = null;
  const stop = effect(() => {
    const orderId = detail.orderId.value;
    const value = currentValue(detail.result.value);
    const order = value && value.orderId === orderId ? value : null;
    untracked(() => {
      if (orderId !== seenId) {
        seenId = orderId;
        seen = null;
        deps.onSwitch(orderId);
      }
      if (order && order !== seen) {
        const before = seen;
        seen = order;
        deps.onRead(before, order);
      }
      const phase = order ? phaseOf(order) : 'none';
      // A new phase restarts the backoff: after an approval, "canceled" is worth seeing soon.
      const key = order && isWatchedPhase(phase) ? `${order.orderId}\n${phase}` : null;
      if (key === watching) return;
      watching = key;
      if (key) poller.start();
      else poller.stop();
    });
  });

  return () => {
    stop();
    poller.stop();
  };
}
