/** Every order of the mock, newest first, filterable by status; its id selects it to act on. */
import { useId, useState } from 'preact/hooks';
import type { ConsoleModel } from './console-model.ts';
import { formatMoney } from './format.ts';

const ALL = '';

export function OrdersTable({ model }: { model: ConsoleModel }) {
  const id = useId();
  const [status, setStatus] = useState(ALL);
  const orders = model.orders.value;
  const statuses = [...new Set(orders.map((order) => order.status))].sort();
  const shown = status === ALL ? orders : orders.filter((order) => order.status === status);
  const selectedId = model.selectedOrderId.value;

  return (
    <div class="sc-orders">
      <label class="sc-inline">
        Status
        <select value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
          <option value={ALL}>All statuses ({orders.length})</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it */}
      <div class="sc-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table class="sc-table">
          <caption id={`${id}-caption`}>
            {shown.length} {shown.length === 1 ? 'order' : 'orders'}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Shopper</th>
              <th scope="col">Status</th>
              <th scope="col">Value</th>
              <th scope="col">Invoiced</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((order) => (
              <tr key={order.orderId} class={order.orderId === selectedId ? 'sc-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    class="sc-link"
                    aria-pressed={order.orderId === selectedId}
                    aria-label={`Select order ${order.orderId}`}
                    onClick={() => (model.selectedOrderId.value = order.orderId)}
                  >
                    {order.orderId}
                  </button>
                </th>
                <td>{order.shopper}</td>
                <td>{order.status}</td>
                <td>{formatMoney(order.value, order.currencyCode)}</td>
                <td>{formatMoney(order.invoicedValue, order.currencyCode)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
