/**
 * The reason the shopper is writing in the cancel dialog: a preset label or "Other" with free
 * text. Kept in the model so it survives a failed request, a retry, and closing the dialog.
 */
import { computed, signal } from '@preact/signals';
import { validateCancellationReason } from '../../domain/index.ts';

/** The store's reason list as given: usable labels only (trimmed, 1-500 code points, no repeats); null when none. */
export function normaliseReasons(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  const labels = raw.flatMap((item) => {
    const checked = validateCancellationReason(typeof item === 'string' ? item : null);
    return checked.ok ? [checked.reason] : [];
  });
  const unique = [...new Set(labels)];
  return unique.length > 0 ? unique : null;
}

export type ReasonChoice = { kind: 'preset'; label: string } | { kind: 'other' };

export type DraftCheck =
  | { ok: true; reason: string }
  | { ok: false; error: 'no-choice' }
  | { ok: false; error: 'empty' | 'too-long'; length: number };

export function createCancelDraft() {
  const choice = signal<ReasonChoice | null>(null);
  const otherText = signal('');
  /** Set by the first confirm: "choose a reason" is said only once the shopper tried. */
  const attempted = signal(false);
  const check = computed<DraftCheck>(() => {
    const chosen = choice.value;
    if (chosen === null) return { ok: false, error: 'no-choice' };
    return validateCancellationReason(chosen.kind === 'preset' ? chosen.label : otherText.value);
  });
  return {
    choice,
    otherText,
    attempted,
    check,
    reset(): void {
      choice.value = null;
      otherText.value = '';
      attempted.value = false;
    },
  };
}

export type CancelDraft = ReturnType<typeof createCancelDraft>;
