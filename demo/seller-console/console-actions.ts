/**
 * What the seller can do from the console, each one a call (or two) to the mock's seller and
 * control endpoints, announced through the model's `run`.
 */

import type { MockEndpoint, MockFault, MockOrderSummary } from '../../mocks/index.ts';
import type { WireOrderDetail } from '../../src/contract/vtex-orders.ts';
import type { ApiOutcome, SellerApi } from '../seller-api.ts';
import type { ConsoleCore } from './console-model.ts';
import {
  deliveredBody,
  type InvoiceScope,
  invoiceBody,
  type NewTrackingEvent,
  trackingBody,
} from './invoice-bodies.ts';

export type Shopper = 'main' | 'second';
export type Currency = 'BRL' | 'USD' | 'EUR';

function failure(message: string): ApiOutcome<never> {
  return { ok: false, status: null, message };
}

export function createConsoleActions(api: SellerApi, core: ConsoleCore) {
  const { run } = core;

  /** Invoices and tracking rewrite what the order has, so they read its detail first. */
  async function withDetail<T>(
    orderId: string,
    next: (detail: WireOrderDetail) => Promise<ApiOutcome<T>>,
  ): Promise<ApiOutcome<T>> {
    const detail = await api.orderDetail(orderId);
    if (!detail.ok) return failure(`reading the order failed, ${detail.message}`);
    return next(detail.value);
  }

  return {
    approve(order: MockOrderSummary) {
      const request = order.pendingCancellationRequest;
      if (!request) return Promise.resolve(false);
      return run(
        {
          done: `Approved the cancellation of ${order.orderId}`,
          failed: `Could not approve the cancellation of ${order.orderId}`,
        },
        () => api.cancel(order.orderId, request.reason, request.requestedByUser),
      );
    },

    deny(order: MockOrderSummary, denyReason: string) {
      const request = order.pendingCancellationRequest;
      if (!request) return Promise.resolve(false);
      return run(
        {
          done: `Denied the cancellation of ${order.orderId}`,
          failed: `Could not deny the cancellation of ${order.orderId}`,
        },
        () => api.deny(order.orderId, request.id, denyReason),
      );
    },

    placeOrder(shopper: Shopper, currency: Currency) {
      return run(
        {
          done: (placed) =>
            `Placed order ${placed.orderId} for the ${shopper} shopper: payment pending, then the grace period`,
          failed: 'Could not place an order',
        },
        () => api.placeOrder({ shopper, currency }),
      );
    },

    startHandling(order: MockOrderSummary) {
      return run(
        { done: `Started handling ${order.orderId}`, failed: `Could not start handling ${order.orderId}` },
        () => api.startHandling(order.orderId),
      );
    },

    invoice(order: MockOrderSummary, scope: InvoiceScope) {
      const what = scope === 'full' ? 'the rest of' : 'the first item of';
      return run(
        { done: `Invoiced ${what} ${order.orderId}`, failed: `Could not invoice ${what} ${order.orderId}` },
        () =>
          withDetail(order.orderId, (detail) => {
            const body = invoiceBody(order, detail, scope, core.mockNow());
            return body ? api.invoice(order.orderId, body) : Promise.resolve(failure('the order has no items'));
          }),
      );
    },

    addTrackingEvent(order: MockOrderSummary, invoiceNumber: string, event: NewTrackingEvent) {
      return run(
        {
          done: `Added a tracking event to invoice ${invoiceNumber} of ${order.orderId}`,
          failed: `Could not add a tracking event to ${order.orderId}`,
        },
        () =>
          withDetail(order.orderId, (detail) =>
            api.tracking(order.orderId, invoiceNumber, trackingBody(detail, invoiceNumber, event, core.mockNow())),
          ),
      );
    },

    markDelivered(order: MockOrderSummary, invoiceNumber: string) {
      return run(
        {
          done: `Marked invoice ${invoiceNumber} of ${order.orderId} delivered`,
          failed: `Could not mark ${order.orderId} delivered`,
        },
        () =>
          withDetail(order.orderId, (detail) =>
            api.tracking(order.orderId, invoiceNumber, deliveredBody(detail, invoiceNumber, core.mockNow())),
          ),
      );
    },

    setGracePeriod(minutes: number) {
      return run({ done: `Grace period set to ${minutes} minutes`, failed: 'Could not set the grace period' }, () =>
        api.updateSettings({ gracePeriodMinutes: minutes }),
      );
    },

    setWriteLag(ms: number) {
      return run({ done: `Write lag set to ${ms} ms`, failed: 'Could not set the write lag' }, () =>
        api.updateSettings({ writeLagMs: ms }),
      );
    },

    async advanceClock(ms: number, label: string) {
      const moved = await run({ done: `Moved the mock clock ${label}`, failed: 'Could not move the mock clock' }, () =>
        api.advanceClock(ms),
      );
      if (moved) core.clockChanged();
      return moved;
    },

    setFault(endpoint: MockEndpoint, fault: MockFault, times?: number) {
      return run(
        {
          done: `Fault ${fault.kind} switched on for ${endpoint}`,
          failed: `Could not switch on the fault for ${endpoint}`,
        },
        () => api.setFault(endpoint, fault, times),
      );
    },

    clearFault(endpoint: MockEndpoint) {
      return run(
        { done: `Fault switched off for ${endpoint}`, failed: `Could not switch off the fault for ${endpoint}` },
        () => api.clearFault(endpoint),
      );
    },

    clearFaults() {
      return run({ done: 'Every fault switched off', failed: 'Could not switch the faults off' }, () =>
        api.clearFaults(),
      );
    },

    async reset() {
      const done = await run(
        { done: 'The mock was reset: fresh orders, default settings, no faults', failed: 'Could not reset the mock' },
        () => api.reset(),
      );
      // The reset puts the clock back to where the mock started.
      if (done) core.clockChanged();
      return done;
    },
  };
}

export type ConsoleActions = ReturnType<typeof createConsoleActions>;
