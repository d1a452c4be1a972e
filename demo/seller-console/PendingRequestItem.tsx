/** One pending request: who asked, why, when, the deadline; approve, or deny with a reason. */
import { useId, useState } from 'preact/hooks';
import type { MockOrderSummary } from '../../mocks/index.ts';
import type { ConsoleActions } from './console-actions.ts';
import { formatDateTime, formatFromNow } from './format.ts';

interface Props {
  order: MockOrderSummary;
  nowMs: number | null;
  actions: ConsoleActions;
}

export function PendingRequestItem({ order, nowMs, actions }: Props) {
  const id = useId();
  const [denyReason, setDenyReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const request = order.pendingCancellationRequest;
  if (!request) return null;

  async function deny(event: Event) {
    event.preventDefault();
    const reason = denyReason.trim();
    if (reason === '') {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    if (await actions.deny(order, reason)) setDenyReason('');
  }

  return (
    <li class="sc-card">
      <h4 id={`${id}-title`}>Order {order.orderId}</h4>
      <dl class="sc-facts">
        <dt>Shopper</dt>
        <dd>{order.shopper}</dd>
        <dt>Reason</dt>
        <dd class="sc-reason">{request.reason}</dd>
        <dt>Requested</dt>
        <dd>
          <time dateTime={request.requestedAt}>{formatDateTime(request.requestedAt)}</time>{' '}
          <span class="sc-muted">{formatFromNow(request.requestedAt, nowMs)}</span>
        </dd>
        <dt>Deadline (30 days)</dt>
        <dd>
          <time dateTime={request.deadline}>{formatDateTime(request.deadline)}</time>{' '}
          <span class="sc-muted">{formatFromNow(request.deadline, nowMs)}</span>
        </dd>
      </dl>
      <button
        type="button"
        class="sc-primary"
        aria-label={`Approve the cancellation of order ${order.orderId}`}
        onClick={() => void actions.approve(order)}
      >
        Approve
      </button>
      <form class="sc-deny" onSubmit={deny} noValidate>
        <label for={`${id}-reason`}>Deny reason (required)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          required
          maxLength={500}
          value={denyReason}
          aria-invalid={missingReason}
          aria-describedby={missingReason ? `${id}-error` : undefined}
          onInput={(event) => setDenyReason(event.currentTarget.value)}
        />
        {missingReason && (
          <p id={`${id}-error`} class="sc-field-error">
            Write why you deny the request: the shopper sees it.
          </p>
        )}
        <button type="submit" aria-label={`Deny the cancellation of order ${order.orderId}`}>
          Deny
        </button>
      </form>
    </li>
  );
}
