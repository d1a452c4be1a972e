/**
 * The grace period: from payment approval, a store-set number of minutes during which a
 * shopper's request cancels automatically. Pure time arithmetic on the server's clock; whether
 * to offer cancel is still `allowCancellation`.
 */

export interface GraceWindow {
  insideWindow: boolean;
  /** Null when the order has no usable payment-approval date. */
  endsAt: Date | null;
  /** 0 outside the window. */
  remainingMs: number;
}

export function graceWindow(authorizedDate: Date | null, gracePeriodMinutes: number, serverNowMs: number): GraceWindow {
  const start = authorizedDate?.getTime();
  if (
    start === undefined ||
    !Number.isFinite(start) ||
    !Number.isFinite(gracePeriodMinutes) ||
    !Number.isFinite(serverNowMs)
  ) {
    return { insideWindow: false, endsAt: null, remainingMs: 0 };
  }
  const periodMs = Math.max(0, gracePeriodMinutes) * 60_000;
  const end = start + periodMs;
  // The window closes at its end instant; a now before the start (clock noise) counts as inside.
  const remainingMs = Math.min(periodMs, Math.max(0, end - serverNowMs));
  return { insideWindow: remainingMs > 0, endsAt: new Date(end), remainingMs };
}
