/** Cancellation requests waiting for the seller, the nearest 30-day deadline first. */
import type { ConsoleModel } from './console-model.ts';
import { PendingRequestItem } from './PendingRequestItem.tsx';

export function PendingRequests({ model }: { model: ConsoleModel }) {
  const requests = model.pendingRequests.value;
  const nowMs = model.mockState.value?.nowMs ?? null;
  return (
    <section class="sc-section" aria-labelledby="sc-pending-title">
      <h3 id="sc-pending-title">Cancellation requests{model.loaded.value ? ` (${requests.length})` : ''}</h3>
      {!model.loaded.value ? (
        <p class="sc-muted">Loading…</p>
      ) : requests.length === 0 ? (
        <p class="sc-muted">No request is waiting for you.</p>
      ) : (
        <ul class="sc-cards" aria-labelledby="sc-pending-title">
          {requests.map((order) => (
            <PendingRequestItem key={order.orderId} order={order} nowMs={nowMs} actions={model.actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
