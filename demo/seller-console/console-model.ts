/**
 * The seller console's state: every order and the mock's state, refreshed every few seconds
 * and after each action, plus the outcome of each action for the live region. Actions live
 * in `console-actions.ts` and go through `run`, so each one is announced the same way.
 */
import { computed, signal } from '@preact/signals';
import type { MockOrderSummary } from '../../mocks/index.ts';
import type { ApiOutcome, MockState, SellerApi } from '../seller-api.ts';
import { createConsoleActions } from './console-actions.ts';

export interface ConsoleOptions {
  /** Called when the mock's grace period changes (the widget takes the same value). */
  onGracePeriodChange?: (minutes: number) => void;
  /**
   * Called after the console moved the mock's clock (forward, or back to its start on a reset):
   * the widget's estimate of the store's time is stale until it reads again.
   */
  onClockChange?: () => void;
  /** How often orders and state are re-read; default 3000 ms. */
  refreshMs?: number;
}

export interface ActionOutcome {
  id: number;
  ok: boolean;
  text: string;
}

export interface ActionLabels<T> {
  /** Announced when the call succeeds. */
  done: string | ((value: T) => string);
  /** Announced, followed by the error, when it fails. */
  failed: string;
}

/** What the actions need from the model. */
export interface ConsoleCore {
  run<T>(labels: ActionLabels<T>, action: () => Promise<ApiOutcome<T>>): Promise<boolean>;
  mockNow(): string;
  /** An action moved the mock's clock. */
  clockChanged(): void;
}

const KEPT_OUTCOMES = 6;

function byDeadline(a: MockOrderSummary, b: MockOrderSummary): number {
  return (
    Date.parse(a.pendingCancellationRequest?.deadline ?? '') -
      Date.parse(b.pendingCancellationRequest?.deadline ?? '') || (a.orderId < b.orderId ? -1 : 1)
  );
}

export function createConsoleModel(api: SellerApi, options: ConsoleOptions = {}) {
  const orders = signal<MockOrderSummary[]>([]);
  const mockState = signal<MockState | null>(null);
  const loaded = signal(false);
  const refreshError = signal<string | null>(null);
  const busy = signal(false);
  const outcomes = signal<ActionOutcome[]>([]);
  const selectedOrderId = signal<string | null>(null);
  const selectedOrder = computed(() => orders.value.find((order) => order.orderId === selectedOrderId.value) ?? null);
  const pendingRequests = computed(() =>
    orders.value.filter((order) => order.pendingCancellationRequest !== null).sort(byDeadline),
  );
  let knownGracePeriod: number | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let nextOutcomeId = 1;
  let disposed = false;

  function acceptState(state: MockState): void {
    mockState.value = state;
    const minutes = state.settings.gracePeriodMinutes;
    if (knownGracePeriod !== null && minutes !== knownGracePeriod) options.onGracePeriodChange?.(minutes);
    knownGracePeriod = minutes;
  }

  async function refresh(): Promise<void> {
    const [orderList, state] = await Promise.all([api.orders(), api.state()]);
    if (disposed) return;
    if (orderList.ok) orders.value = orderList.value;
    if (state.ok) acceptState(state.value);
    const failure = [orderList, state].find((outcome) => !outcome.ok);
    refreshError.value = failure && !failure.ok ? failure.message : null;
    loaded.value = true;
  }

  function announce(ok: boolean, text: string): void {
    outcomes.value = [{ id: nextOutcomeId++, ok, text }, ...outcomes.value].slice(0, KEPT_OUTCOMES);
  }

  /** Runs one action, announces how it went, then re-reads everything. Resolves to its success. */
  async function run<T>(labels: ActionLabels<T>, action: () => Promise<ApiOutcome<T>>): Promise<boolean> {
    busy.value = true;
    try {
      const outcome = await action();
      if (disposed) return outcome.ok;
      if (outcome.ok) announce(true, typeof labels.done === 'string' ? labels.done : labels.done(outcome.value));
      else announce(false, `${labels.failed}: ${outcome.message}`);
      await refresh();
      return outcome.ok;
    } finally {
      busy.value = false;
    }
  }

  /** The mock's current time (ISO), for invoice and tracking dates; the device's until known. */
  function mockNow(): string {
    return mockState.peek()?.now ?? new Date().toISOString();
  }

  function clockChanged(): void {
    if (!disposed) options.onClockChange?.();
  }

  const core = {
    orders,
    mockState,
    loaded,
    refreshError,
    busy,
    outcomes,
    selectedOrderId,
    selectedOrder,
    pendingRequests,
    refresh,
    run,
    announce,
    mockNow,
    clockChanged,
  };

  return {
    ...core,
    actions: createConsoleActions(api, core),
    /** First read, then a refresh every `refreshMs`. */
    start(): Promise<void> {
      timer ??= setInterval(() => void refresh(), options.refreshMs ?? 3000);
      return refresh();
    },
    dispose(): void {
      disposed = true;
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}

export type ConsoleModel = ReturnType<typeof createConsoleModel>;
