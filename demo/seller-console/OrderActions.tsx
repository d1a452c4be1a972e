/**
 * The selected order's fulfillment: start handling, invoice it fully or its first item only,
 * then tracking. Every button is always offered: the mock's refusal (409/400) is part of
 * what the demo shows.
 */
import type { ConsoleModel } from './console-model.ts';
import { formatMoney } from './format.ts';
import { TrackingForm } from './TrackingForm.tsx';

export function OrderActions({ model }: { model: ConsoleModel }) {
  const order = model.selectedOrder.value;
  if (!order) return <p class="sc-muted">Select an order in the table below to start handling, invoice or track it.</p>;
  const { actions } = model;
  const firstItem = order.itemNames[0];

  return (
    <section class="sc-card" aria-labelledby="sc-selected-title">
      <h4 id="sc-selected-title">Order {order.orderId}</h4>
      <dl class="sc-facts">
        <dt>Status</dt>
        <dd>{order.status}</dd>
        <dt>Shopper</dt>
        <dd>{order.shopper}</dd>
        <dt>Value</dt>
        <dd>{formatMoney(order.value, order.currencyCode)}</dd>
        <dt>Invoiced</dt>
        <dd>
          {formatMoney(order.invoicedValue, order.currencyCode)}
          {order.invoiceNumbers.length > 0 && ` (${order.invoiceNumbers.join(', ')})`}
        </dd>
        <dt>Items</dt>
        <dd>{order.itemNames.join(', ')}</dd>
      </dl>
      <div class="sc-buttons">
        <button type="button" onClick={() => void actions.startHandling(order)}>
          Start handling
        </button>
        <button type="button" onClick={() => void actions.invoice(order, 'full')}>
          Invoice fully
        </button>
        {firstItem !== undefined && (
          <button type="button" onClick={() => void actions.invoice(order, 'first-item')}>
            Invoice first item only ({firstItem})
          </button>
        )}
      </div>
      {order.invoiceNumbers.length > 0 ? (
        <TrackingForm key={order.orderId} order={order} actions={actions} />
      ) : (
        <p class="sc-muted">Tracking comes after an invoice.</p>
      )}
    </section>
  );
}
