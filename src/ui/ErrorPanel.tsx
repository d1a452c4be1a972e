import { useLayoutEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/translate.ts';
import type { OrdersApiError, OrdersApiErrorCode } from '../state/api-error.ts';
import { signInUrl, useEnv } from './env.ts';

/** What failed: the shopper's order history (the list), or one order. */
export type ErrorSubject = 'list' | 'order';

type ShownCode = Exclude<OrdersApiErrorCode, 'aborted' | 'bad-request'> | 'list-not-found';

function shownCode(code: OrdersApiErrorCode, subject: ErrorSubject): ShownCode {
  if (code === 'aborted' || code === 'bad-request') return 'bad-response';
  if (subject === 'list') {
    // A list the store cannot find is not "an order of another account"; a read the store
    // refused with a conflict (409) is no order that "changed while you were looking at it".
    if (code === 'not-found') return 'list-not-found';
    if (code === 'conflict') return 'server';
  }
  return code;
}

export function errorTitleKey(code: OrdersApiErrorCode, subject: ErrorSubject = 'order'): MessageKey {
  return `error.${shownCode(code, subject)}.title`;
}

function errorBodyKey(code: OrdersApiErrorCode, subject: ErrorSubject): MessageKey {
  return `error.${shownCode(code, subject)}.body`;
}

/** Seconds the store asked to wait (`Retry-After`) before a request is worth sending again. */
function waitAsked(error: OrdersApiError): number {
  return (error.code === 'rate-limited' || error.code === 'server') && error.retryAfterSeconds
    ? error.retryAfterSeconds
    : 0;
}

/** Whether a retry must still wait for the store's `Retry-After` (its Try again is disabled until then). */
export function useRetryWait(error: OrdersApiError | null): boolean {
  const wait = error ? waitAsked(error) : 0;
  const [waiting, setWaiting] = useState(wait > 0);
  // At render, not after paint: the wait runs from when the shopper is told, whatever the frame rate.
  useLayoutEffect(() => {
    setWaiting(wait > 0);
    if (wait <= 0) return;
    const timer = setTimeout(() => setWaiting(false), wait * 1000);
    return () => clearTimeout(timer);
  }, [error, wait]);
  return waiting;
}

interface Props {
  error: OrdersApiError;
  subject?: ErrorSubject;
  onRetry?: (() => void) | undefined;
  /** A second way forward, e.g. back to the list from an order that is not found. */
  onBack?: (() => void) | undefined;
}

/** What happened, in words, and what the shopper can do next: sign in, try again (when the store allows), go back. */
export function ErrorPanel({ error, subject = 'order', onRetry, onBack }: Props) {
  const { t, store, format } = useEnv();
  // An ended session, or an account that may not see this ("Try signing in again"): signing in is the way forward.
  const signIn = error.code === 'unauthorized' || error.code === 'forbidden' ? signInUrl(store) : null;
  const shown = shownCode(error.code, subject);
  const retryable = shown !== 'unauthorized' && shown !== 'not-found' && onRetry;
  const wait = waitAsked(error);
  const waiting = useRetryWait(error);
  const now = Date.now();
  const body =
    wait > 0
      ? t('error.wait', {
          when: format.relative(new Date(now + wait * 1000), now),
        })
      : t(errorBodyKey(error.code, subject));
  return (
    <div class="error-panel" role="alert">
      <p class="error-title">{t(errorTitleKey(error.code, subject))}</p>
      <p class="error-body">{body}</p>
      <div class="error-actions">
        {signIn && (
          <a class="button button-primary" href={signIn}>
            {t('error.signIn')}
          </a>
        )}
        {retryable && (
          <button type="button" class="button button-primary" disabled={waiting} onClick={onRetry}>
            {t('error.retry')}
          </button>
        )}
        {onBack && (
          <button type="button" class="button" onClick={onBack}>
            {t('error.backToList')}
          </button>
        )}
      </div>
    </div>
  );
}
