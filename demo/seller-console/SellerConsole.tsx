/** The whole console: outcome of the last action, then one section per job. */

import { ClockControls } from './ClockControls.tsx';
import type { ConsoleModel } from './console-model.ts';
import { FaultControls } from './FaultControls.tsx';
import { OrderActions } from './OrderActions.tsx';
import { OrdersTable } from './OrdersTable.tsx';
import { OutcomeRegion } from './OutcomeRegion.tsx';
import { PendingRequests } from './PendingRequests.tsx';
import { PlaceOrderForm } from './PlaceOrderForm.tsx';
import { SettingsForm } from './SettingsForm.tsx';

export function SellerConsole({ model }: { model: ConsoleModel }) {
  const refreshError = model.refreshError.value;
  return (
    <div class="sc">
      <h2 class="sc-title">Seller console</h2>
      <p class="sc-intro">
        The store's side of the demo: answer the shopper's cancellation requests, fulfil orders and bend the mock
        backend. Every action goes over HTTP to the mock's seller and control endpoints.
      </p>
      <OutcomeRegion outcomes={model.outcomes.value} busy={model.busy.value} />
      {refreshError && <p class="sc-error">Could not refresh the console: {refreshError}</p>}
      <PendingRequests model={model} />
      <section class="sc-section" aria-labelledby="sc-orders-title">
        <h3 id="sc-orders-title">Orders</h3>
        <PlaceOrderForm model={model} />
        <OrderActions model={model} />
        <OrdersTable model={model} />
      </section>
      <ClockControls model={model} />
      <SettingsForm model={model} />
      <FaultControls model={model} />
    </div>
  );
}
