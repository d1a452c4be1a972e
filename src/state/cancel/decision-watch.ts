/**
 * Follows the open order for the cancel flow: tells when another order is opened and when a
 * newer read of the same order arrives, and polls quietly (no loading state, no error panel)
 * while the order waits on the seller or is being canceled, with backoff, only while visible,
 * for a bounded time; then it waits for the shopper to check again.
 */
import { computed, effect, type ReadonlySignal, signal, untracked } from '@preact/signals';
import type { Order } from '../../domain/index.ts';
import type { DetailModel } from '../detail-model.ts';
import { currentValue } from '../load.ts';
import { type BackoffPlan, poll } from '../poller.ts';
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

export interface DecisionWatch {
  /** When the order on screen was read, once polling gave up; null while it polls (or has nothing to watch). */
  stoppedAt: ReadonlySignal<Date | null>;
  /** Reads the order once now and watches it again for the bounded time. */
  checkAgain(): void;
}

/**
 * Call inside a model's factory (`createModel`): the watch is that model's effects, so it ends,
 * polling included, when the model is disposed.
 */
export function watchOpenOrder(deps: DecisionWatchDeps): DecisionWatch {
  const { detail } = deps;
  /** The open order as read, once a read of it is here. */
  const open = computed(() => {
    const value = currentValue(detail.result.value);
    return value && value.orderId === detail.orderId.value ? value : null;
  });

  /** The watch (order and phase) whose polling gave up; opening an order watches it afresh. */
  const gaveUp = signal<string | null>(null);
  let seenId: string | null = null;
  let seen: Order | null = null;
  effect(() => {
    const orderId = detail.orderId.value;
    const order = open.value;
    untracked(() => {
      if (orderId !== seenId) {
        seenId = orderId;
        seen = null;
        gaveUp.value = null;
        deps.onSwitch(orderId);
      }
      if (order && order !== seen) {
        const before = seen;
        seen = order;
        deps.onRead(before, order);
      }
    });
  });

  // A new phase restarts the backoff: after an approval, "canceled" is worth seeing soon.
  const watched = computed(() => {
    const order = open.value;
    const phase = order ? phaseOf(order) : 'none';
    return order && isWatchedPhase(phase) ? `${order.orderId}\n${phase}` : null;
  });
  effect(() => {
    const key = watched.value;
    return key && key !== gaveUp.value
      ? poll(
          async () => void (await detail.refresh()),
          deps.visibility,
          deps.plan,
          () => {
            gaveUp.value = key;
          },
        )
      : undefined;
  });

  return {
    stoppedAt: computed(() => {
      const read = detail.result.value;
      return watched.value && watched.value === gaveUp.value && read.status === 'ready'
        ? new Date(read.loadedAt)
        : null;
    }),
    checkAgain(): void {
      gaveUp.value = null;
      void detail.refresh();
    },
  };
}
