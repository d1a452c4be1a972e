import { useId } from 'preact/hooks';
import { countCodePoints, REASON_MAX_CODE_POINTS } from '../domain/index.ts';
import { reasonLabels } from './cancel-words.ts';
import { useEnv } from './env.ts';
import { useOrderModels } from './order-env.ts';

/**
 * The shopper's reason: the store's reasons as radio buttons, plus "Other" with free text
 * (1-500 code points, counted live). Errors are linked to their field with aria-describedby.
 */
export function CancelReasonFields() {
  const { t, store } = useEnv();
  const { cancel } = useOrderModels();
  const id = useId();
  const choice = cancel.draft.choice.value;
  const otherText = cancel.draft.otherText.value;
  const check = cancel.draft.check.value;
  const attempted = cancel.draft.attempted.value;
  const choiceError = attempted && !check.ok && check.error === 'no-choice';
  const textError =
    !check.ok && choice?.kind === 'other' && (check.error === 'too-long' || (attempted && check.error === 'empty'))
      ? check.error
      : null;
  const count = countCodePoints(otherText.trim());
  return (
    <>
      <fieldset class="cancel-reasons" aria-describedby={choiceError ? `${id}-choice-error` : undefined}>
        <legend>{t('cancel.dialog.reasons')}</legend>
        {reasonLabels(store, t).map((label) => (
          <label key={label} class="cancel-reason">
            <input
              type="radio"
              name={`${id}-reason`}
              checked={choice?.kind === 'preset' && choice.label === label}
              onChange={() => cancel.chooseReason({ kind: 'preset', label })}
            />
            <span>{label}</span>
          </label>
        ))}
        <label class="cancel-reason">
          <input
            type="radio"
            name={`${id}-reason`}
            checked={choice?.kind === 'other'}
            onChange={() => cancel.chooseReason({ kind: 'other' })}
          />
          <span>{t('cancel.reason.other')}</span>
        </label>
        {choiceError && (
          <p id={`${id}-choice-error`} class="cancel-field-error">
            {t('cancel.dialog.error.no-choice')}
          </p>
        )}
      </fieldset>
      {choice?.kind === 'other' && (
        <div class="cancel-other">
          <label for={`${id}-text`}>{t('cancel.dialog.otherLabel')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={otherText}
            aria-invalid={textError ? 'true' : undefined}
            aria-describedby={textError ? `${id}-text-error ${id}-count` : `${id}-count`}
            onInput={(event) => cancel.setOtherText(event.currentTarget.value)}
          />
          <p id={`${id}-count`} class="cancel-hint" data-over={count > REASON_MAX_CODE_POINTS ? 'true' : undefined}>
            {t('cancel.dialog.count', { count, max: REASON_MAX_CODE_POINTS })}
          </p>
          {textError && (
            <p id={`${id}-text-error`} class="cancel-field-error">
              {t(`cancel.dialog.error.${textError}`, { max: REASON_MAX_CODE_POINTS })}
            </p>
          )}
        </div>
      )}
    </>
  );
}
