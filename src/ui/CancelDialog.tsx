import { useEffect, useId, useRef } from 'preact/hooks';
import type { Order } from '../domain/index.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { modeOf } from '../state/cancel/model.ts';
import type { CancelMode } from '../state/cancel/phase.ts';
import { CancelFailureNotice } from './CancelFailureNotice.tsx';
import { CancelReasonFields } from './CancelReasonFields.tsx';
import { canRetry } from './cancel-words.ts';
import { useRetryWait } from './ErrorPanel.tsx';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * What confirming does, from the mode alone: never that the store "has started" (it may not
 * have); when the order had a grace window, that it closed (the section's words), so the store
 * must approve.
 */
function consequenceKey(mode: CancelMode): MessageKey {
  if (mode.kind === 'immediate') return 'cancel.dialog.immediate';
  return mode.windowClosedAt ? 'cancel.window.closed' : 'cancel.dialog.request';
}

/**
 * The cancel request as a native modal `<dialog>` (`showModal()`: the browser contains focus,
 * handles Escape and makes the page inert). Says what confirming will do, by the countdown's
 * state; the model sends at most one request however often confirm is pressed.
 */
export function CancelDialog({ order }: { order: Order }) {
  const { t } = useEnv();
  const { cancel } = useOrderModels();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const open = cancel.dialogOpen.value;
  const submitting = cancel.submitting.value;
  const failure = cancel.failure.value;
  const mode = modeOf(cancel, order);
  const retryable = canRetry(failure);
  const waiting = useRetryWait(failure?.kind === 'error' ? failure.error : null);

  // After every render, not on `open` changes: closed by Escape and reopened before effects
  // ran, `open` reads true again and an effect keyed on it would never show the dialog.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const valid = cancel.draft.check.peek().ok;
    void cancel.submit();
    // Take the shopper to the field that needs them (after the error has rendered).
    if (!valid)
      queueMicrotask(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset input')?.focus());
  };

  let confirmLabel = t(mode.kind === 'immediate' ? 'cancel.action' : 'cancel.dialog.confirmRequest');
  if (failure) confirmLabel = t('error.retry');
  if (submitting) confirmLabel = t('cancel.dialog.sending');

  return (
    <dialog
      ref={dialog}
      class="cancel-dialog"
      aria-labelledby={titleId}
      // Escape fires `cancel` at once; `close` comes a task later, when the shopper may already
      // have reopened the dialog: the state follows the element, not the late event.
      onCancel={() => cancel.closeDialog()}
      onClose={() => {
        if (!dialog.current?.open) cancel.closeDialog();
      }}
    >
      <form ref={form} class="cancel-form" noValidate onSubmit={onSubmit}>
        <h3 id={titleId}>{t('cancel.dialog.title', { orderId: order.orderId })}</h3>
        <div class="cancel-consequence" data-mode={mode.kind}>
          <p>{t(consequenceKey(mode))}</p>
          {mode.kind === 'request' && <p>{t('cancel.dialog.final')}</p>}
        </div>
        {retryable && <CancelReasonFields />}
        {failure && <CancelFailureNotice failure={failure} />}
        <div class="cancel-dialog-actions">
          {retryable && (
            <button
              type="submit"
              class="button button-primary"
              disabled={waiting}
              aria-disabled={submitting ? 'true' : undefined}
            >
              {confirmLabel}
            </button>
          )}
          <button type="button" class="button" onClick={() => cancel.closeDialog()}>
            {t(retryable ? 'cancel.dialog.keep' : 'cancel.dialog.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
