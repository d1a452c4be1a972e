/**
 * The shopper's cancellation of the open order: the dialog and its reason, exactly one request
 * per confirm, the outcome re-read from the server, and a visibility-aware watch for the
 * seller's decision (or the end of "Canceling"), announced and reported as events.
 */
import { batch, createModel, type ReadonlySignal, signal } from '@preact/signals';
import type { OrderApi, OrdersApiError } from '../../api/index.ts';
import { type Order, whyNotCancellable } from '../../domain/index.ts';
import { asApiError } from '../api-error.ts';
import type { DetailModel } from '../detail-model.ts';
import { currentValue } from '../load.ts';
import { onDispose, withDispose } from '../model.ts';
import { type BackoffPlan, DECISION_POLL } from '../poller.ts';
import { createSecondTicker } from '../second-ticker.ts';
import { ALWAYS_VISIBLE, type VisibilitySource } from '../visibility.ts';
import { watchOpenOrder } from './decision-watch.ts';
import { createCancelDraft, type ReasonChoice } from './draft.ts';
import type { EmitCancelEvent } from './events.ts';
import type { PendingCancellation, PendingCancellations } from './pending-requests.ts';
import { type CancelMode, cancelMode, decisionBetween, isOwnRequest, phaseOf } from './phase.ts';

export interface CancelSettings {
  /** The store's `cancellation: 'off'` hides the action for every order. */
  enabled: boolean;
  /** Same value as the store's OMS setting. */
  gracePeriodMinutes: number;
}

export const DEFAULT_CANCEL_SETTINGS: CancelSettings = { enabled: true, gracePeriodMinutes: 30 };

export type CancelFailure =
  | { kind: 'error'; error: OrdersApiError }
  /** The store answered, but the order shows no request after watching a while: nothing happened. */
  | { kind: 'unconfirmed' }
  /** A 409 because the order moved on while the dialog was open. */
  | { kind: 'no-longer-cancellable'; because: 'invoiced' | 'canceled' | 'changed' };

type AnnouncementBody =
  | { kind: 'canceling' | 'canceled' | 'requested' | 'already-requested' | 'approved' }
  | { kind: 'denied'; denyReason: string | null };

/** What the live region says; `id` makes a repeated message a new one. */
export type CancelAnnouncement = { id: number; orderId: string } & AnnouncementBody;

export interface CancelModelDeps {
  api: OrderApi;
  detail: DetailModel;
  settings?: Partial<CancelSettings>;
  visibility?: VisibilitySource;
  emit?: EmitCancelEvent;
  poll?: BackoffPlan;
  /** Requests still out, kept by the mounted widget across a rebuild (pending-requests.ts). */
  pending?: PendingCancellations;
  /** Waits between the re-reads that look for a request the store has not written yet (its write lag). */
  confirmDelaysMs?: readonly number[];
}

/** VTEX writes cancellation data with a lag of seconds: look again after these waits before saying nothing happened. */
export const CONFIRM_DELAYS_MS: readonly number[] = [500, 1_500, 3_000];

/** Errors after which the request may still have been applied: the re-read tells. */
function effectUnknown(error: OrdersApiError): boolean {
  return ['network', 'timeout', 'server', 'bad-response'].includes(error.code);
}

const Cancel = createModel((deps: CancelModelDeps) => {
  const { api, detail } = deps;
  const minutes = deps.settings?.gracePeriodMinutes;
  const settings: CancelSettings = {
    enabled: deps.settings?.enabled ?? DEFAULT_CANCEL_SETTINGS.enabled,
    gracePeriodMinutes:
      typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0
        ? minutes
        : DEFAULT_CANCEL_SETTINGS.gracePeriodMinutes,
  };
  const visibility = deps.visibility ?? ALWAYS_VISIBLE;
  const pending: PendingCancellations = deps.pending ?? new Map();
  const lifetime = new AbortController();
  // A disposed model is silent: the store hears each outcome once, from the model on screen.
  const emit: EmitCancelEvent = (name, detail) => {
    if (!lifetime.signal.aborted) deps.emit?.(name, detail);
  };
  onDispose(() => lifetime.abort());
  const clock = createSecondTicker(() => api.serverNow(), visibility);
  const draft = createCancelDraft();
  const dialogOpen = signal(false);
  const submitting = signal(false);
  const failure = signal<CancelFailure | null>(null);
  const announcement = signal<CancelAnnouncement | null>(null);
  /** Bumped when a request ends with the dialog closed on a new state, so the view can move focus there. */
  const settled = signal(0);
  let inFlight = false;
  let announced = 0;

  const announce = (orderId: string, body: AnnouncementBody): void => {
    announced += 1;
    announcement.value = { ...body, id: announced, orderId };
  };

  function loadedOrder(): Order | null {
    const order = currentValue(detail.result.peek());
    return order && order.orderId === detail.orderId.peek() ? order : null;
  }

  // The shopper may have opened another order while the request was out: its dialog is not ours.
  const stillOpen = (orderId: string): boolean => detail.orderId.peek() === orderId;

  // The outcome is said and the model is no longer busy at once: the view never shows one without the other.
  function fail(orderId: string, reason: CancelFailure): void {
    batch(() => {
      if (stillOpen(orderId)) failure.value = reason;
      submitting.value = false;
    });
    const code =
      reason.kind === 'error' ? reason.error.code : reason.kind === 'unconfirmed' ? 'unconfirmed' : 'conflict';
    emit('my-orders:cancel-failed', { orderId, code });
  }

  /** Resolves after `ms`, or at once when the model is disposed. */
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      lifetime.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  /**
   * The open order as the server has it now (cancellation data is written with a lag: never
   * trust the POST body): a quiet re-read, or a full load when it is not on screen yet (a model
   * rebuilt while the request was out).
   */
  async function readNow(orderId: string): Promise<Order | null> {
    if (!stillOpen(orderId)) return null;
    const status = detail.result.peek().status;
    let fresh: Order | null;
    if (status === 'idle' || status === 'loading') {
      await detail.reload();
      fresh = currentValue(detail.result.peek());
    } else fresh = await detail.refresh();
    return fresh?.orderId === orderId ? fresh : null;
  }

  /**
   * The answer did not say what happened (a 2xx whose body we never trust, or an error after
   * which the write may have landed): the server's data decides. A request found on the order is
   * a success; none found after watching a while is the given failure, with the true state shown.
   */
  async function confirm(
    orderId: string,
    reason: string,
    expected: 'canceled' | 'requested',
    otherwise: CancelFailure,
  ): Promise<void> {
    for (const delay of [0, ...(deps.confirmDelaysMs ?? CONFIRM_DELAYS_MS)]) {
      if (delay > 0) await wait(delay);
      if (lifetime.signal.aborted || !stillOpen(orderId)) return;
      const fresh = await readNow(orderId);
      if (fresh && phaseOf(fresh) !== 'none') return succeed(orderId, reason, fresh, expected);
    }
    fail(orderId, otherwise);
  }

  /** What the answer to a request means, said once the server's data is read. */
  async function settle(orderId: string, request: PendingCancellation): Promise<void> {
    const error = await request.answer;
    if (lifetime.signal.aborted) return; // Rebuilt meanwhile: the new model reads this answer.
    const { reason, expected } = request;
    if (error === null) await confirm(orderId, reason, expected, { kind: 'unconfirmed' });
    else if (error.code === 'conflict') await resolveConflict(orderId, reason, error, expected);
    else if (effectUnknown(error)) await confirm(orderId, reason, expected, { kind: 'error', error });
    else if (error.code !== 'aborted') fail(orderId, { kind: 'error', error });
    // Said: the request is done. Disposed before that (a rebuild): the model after this one says it.
    if (!lifetime.signal.aborted) pending.delete(orderId);
  }

  function finish(orderId: string, body: AnnouncementBody): void {
    if (!stillOpen(orderId)) return;
    batch(() => {
      draft.reset();
      failure.value = null;
      submitting.value = false;
      dialogOpen.value = false;
      settled.value += 1;
      announce(orderId, body);
    });
  }

  function succeed(orderId: string, reason: string, fresh: Order | null, expected: 'canceled' | 'requested'): void {
    const phase = fresh ? phaseOf(fresh) : null;
    const outcome =
      phase === 'canceling' || phase === 'canceled' ? 'canceled' : phase === 'awaiting-seller' ? 'requested' : expected;
    finish(orderId, { kind: outcome === 'requested' ? 'requested' : phase === 'canceled' ? 'canceled' : 'canceling' });
    emit('my-orders:cancel-requested', { orderId, outcome, reason });
  }

  /** A 409: a request already pending is shown as such; a moved-on order is said in words; an unchanged one is not confirmed. */
  async function resolveConflict(
    orderId: string,
    reason: string,
    error: OrdersApiError,
    expected: 'canceled' | 'requested',
  ): Promise<void> {
    const fresh = await readNow(orderId);
    if (!fresh) return fail(orderId, { kind: 'error', error });
    const phase = phaseOf(fresh);
    // Our own earlier request whose response was lost: it worked.
    if (phase !== 'none' && isOwnRequest(fresh, reason)) return succeed(orderId, reason, fresh, expected);
    if (phase === 'awaiting-seller') return finish(orderId, { kind: 'already-requested' });
    // Refused, yet unchanged and still cancellable (e.g. VTEX's "Order is locked"): nothing moved on, so
    // not "the order changed": the store answered and the order shows no request.
    if (fresh.allowCancellation) return fail(orderId, { kind: 'unconfirmed' });
    const why = whyNotCancellable(fresh);
    const because =
      phase !== 'none' || why === 'canceled'
        ? 'canceled'
        : why === 'invoiced' || why === 'partially-invoiced'
          ? 'invoiced'
          : 'changed';
    fail(orderId, { kind: 'no-longer-cancellable', because });
  }

  async function submit(): Promise<void> {
    // The one guard against double submits (two clicks in a tick, a double click, Enter held).
    if (inFlight) return;
    const order = loadedOrder();
    if (!order) return;
    draft.attempted.value = true;
    const checked = draft.check.peek();
    if (!checked.ok) return;
    const { orderId } = order;
    const { reason } = checked;
    const expected =
      cancelMode(order, settings.gracePeriodMinutes, api.serverNow()).kind === 'immediate' ? 'canceled' : 'requested';
    // Detached: a rebuild (a store's option change) must not abort a write the server may apply.
    const answer = api.requestCancellation(orderId, reason, { detached: true }).then(
      () => null,
      (error: unknown) => asApiError(error),
    );
    const request: PendingCancellation = { reason, expected, answer };
    pending.set(orderId, request);
    await follow(orderId, request);
  }

  /** Busy while a request is out and its outcome is read; the one guard against a second one. */
  async function follow(orderId: string, request: PendingCancellation): Promise<void> {
    inFlight = true;
    submitting.value = true;
    failure.value = null;
    try {
      await settle(orderId, request);
    } finally {
      inFlight = false;
      if (!lifetime.signal.aborted) submitting.value = false;
    }
  }

  // A request sent by the model this one replaced (a rebuild while it was out): its answer is ours to read.
  const adopted = detail.orderId.peek();
  const inherited = adopted === null ? undefined : pending.get(adopted);
  if (adopted !== null && inherited) void follow(adopted, inherited);

  const watch = watchOpenOrder({
    detail,
    visibility,
    plan: deps.poll ?? DECISION_POLL,
    onSwitch() {
      batch(() => {
        draft.reset();
        dialogOpen.value = false;
        failure.value = null;
        announcement.value = null;
      });
    },
    onRead(before, after) {
      clock.refresh();
      if (before) noticeChange(before, after);
    },
  });

  function noticeChange(before: Order, after: Order): void {
    const decision = decisionBetween(before, after);
    if (decision?.outcome === 'approved') {
      announce(after.orderId, { kind: 'approved' });
      emit('my-orders:cancel-decided', { orderId: after.orderId, outcome: 'approved' });
    } else if (decision?.outcome === 'denied') {
      announce(after.orderId, { kind: 'denied', denyReason: decision.denyReason });
      const denyReason = decision.denyReason ?? undefined;
      emit('my-orders:cancel-decided', {
        orderId: after.orderId,
        outcome: 'denied',
        ...(denyReason ? { denyReason } : {}),
      });
    } else if (phaseOf(before) === 'canceling' && phaseOf(after) === 'canceled') {
      announce(after.orderId, { kind: 'canceled' });
    }
  }

  return {
    /** Fixed for the model's life (a new setting rebuilds the widget's model); a signal, as a model holds. */
    settings: signal<Readonly<CancelSettings>>(settings) as ReadonlySignal<Readonly<CancelSettings>>,
    /** Server time, ticking each second while held (the countdown holds it while shown). */
    clock: { now: clock.now, hold: clock.hold },
    draft: {
      choice: draft.choice as ReadonlySignal<ReasonChoice | null>,
      otherText: draft.otherText as ReadonlySignal<string>,
      attempted: draft.attempted as ReadonlySignal<boolean>,
      check: draft.check,
    },
    dialogOpen: dialogOpen as ReadonlySignal<boolean>,
    submitting: submitting as ReadonlySignal<boolean>,
    failure: failure as ReadonlySignal<CancelFailure | null>,
    announcement: announcement as ReadonlySignal<CancelAnnouncement | null>,
    settled: settled as ReadonlySignal<number>,
    /** Polling for the decision gave up: when the order on screen was read (null while it polls). */
    stoppedAt: watch.stoppedAt,
    checkAgain: watch.checkAgain,
    /** A failure that arrived after the dialog was closed (Escape while sending) is still shown on reopening. */
    openDialog(): void {
      dialogOpen.value = true;
    },
    closeDialog(): void {
      dialogOpen.value = false;
      if (!inFlight) failure.value = null;
    },
    chooseReason(choice: ReasonChoice): void {
      draft.choice.value = choice;
    },
    setOtherText(text: string): void {
      draft.otherText.value = text;
    },
    submit,
  };
});

/** `dispose()` aborts the request in flight and ends the watch for the seller's decision and the clock. */
export const createCancelModel = (deps: CancelModelDeps) => withDispose(new Cancel(deps));

export type CancelModel = ReturnType<typeof createCancelModel>;

/**
 * What confirming would do now, by the model's server clock. A function of the view, not of the
 * model: it reads `clock.now` so views follow it, and a model's own functions are untracked actions.
 */
export function modeOf(cancel: CancelModel, order: Pick<Order, 'stage' | 'authorizedDate'>): CancelMode {
  return cancelMode(order, cancel.settings.value.gracePeriodMinutes, cancel.clock.now.value);
}
