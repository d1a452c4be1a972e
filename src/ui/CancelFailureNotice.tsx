import type { CancelFailure } from '../state/cancel/model.ts';
import { canRetry } from './cancel-words.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { useEnv } from './env.ts';

/** Why the request did not go through: the order moved on (409), or what failed; and, where sending again can help, that the reason is kept. */
export function CancelFailureNotice({ failure }: { failure: CancelFailure }) {
  const { t } = useEnv();
  if (failure.kind === 'unconfirmed') {
    return (
      <div class="cancel-failure" role="alert">
        <p class="error-title">{t('cancel.unconfirmed.title')}</p>
        <p class="error-body">{t('cancel.unconfirmed.body')}</p>
        <p class="cancel-reason-kept">{t('cancel.dialog.reasonKept')}</p>
      </div>
    );
  }
  if (failure.kind === 'no-longer-cancellable') {
    return (
      <p class="cancel-conflict" role="alert">
        {t('cancel.conflict')}
      </p>
    );
  }
  return (
    <div class="cancel-failure">
      <ErrorPanel error={failure.error} />
      {canRetry(failure) && <p class="cancel-reason-kept">{t('cancel.dialog.reasonKept')}</p>}
    </div>
  );
}
