import type { MessageKey } from '../i18n/translate.ts';
import type { OrdersApiError, OrdersApiErrorCode } from '../state/api-error.ts';
import { signInUrl, useEnv } from './env.ts';

type ShownCode = Exclude<OrdersApiErrorCode, 'aborted' | 'bad-request'>;

function shownCode(code: OrdersApiErrorCode): ShownCode {
  return code === 'aborted' || code === 'bad-request' ? 'bad-response' : code;
}

export function errorTitleKey(code: OrdersApiErrorCode): MessageKey {
  return `error.${shownCode(code)}.title`;
}

function errorBodyKey(code: OrdersApiErrorCode): MessageKey {
  return `error.${shownCode(code)}.body`;
}

interface Props {
  error: OrdersApiError;
  onRetry?: (() => void) | undefined;
  /** A second way forward, e.g. back to the list from an order that is not found. */
  onBack?: (() => void) | undefined;
}

/** What happened, in words, and what the shopper can do next: sign in, try again, go back. */
export function ErrorPanel({ error, onRetry, onBack }: Props) {
  const { t, store } = useEnv();
  const signIn = error.code === 'unauthorized' ? signInUrl(store) : null;
  const retryable = error.code !== 'unauthorized' && error.code !== 'not-found' && onRetry;
  return (
    <div class="error-panel" role="alert">
      <p class="error-title">{t(errorTitleKey(error.code))}</p>
      <p class="error-body">{t(errorBodyKey(error.code))}</p>
      <div class="error-actions">
        {signIn && (
          <a class="button button-primary" href={signIn}>
            {t('error.signIn')}
          </a>
        )}
        {retryable && (
          <button type="button" class="button button-primary" onClick={onRetry}>
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
