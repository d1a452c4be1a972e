/**
 * The shopper's cancellation reason: trimmed, 1 to 500 Unicode code points (the mock counts
 * the same way; `.length` would count UTF-16 units and reject emoji-heavy reasons early).
 */

export const REASON_MAX_CODE_POINTS = 500;

export type ReasonValidation =
  | { ok: true; reason: string }
  | { ok: false; error: 'empty' | 'too-long'; length: number };

export function countCodePoints(text: string): number {
  return [...text].length;
}

export function validateCancellationReason(raw: string | null | undefined): ReasonValidation {
  const reason = (raw ?? '').trim();
  const length = countCodePoints(reason);
  if (length === 0) return { ok: false, error: 'empty', length };
  if (length > REASON_MAX_CODE_POINTS) return { ok: false, error: 'too-long', length };
  return { ok: true, reason };
}
