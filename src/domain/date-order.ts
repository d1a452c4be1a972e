/** Sorting dates for the order's history (its timeline, its tracking events). */
import { isUsable } from './dates.ts';

/** Newest first, unusable dates last: a total order, so sorting never scrambles. */
export function compareDatesDescending(a: Date | null, b: Date | null): number {
  const left = isUsable(a) ? a.getTime() : Number.NEGATIVE_INFINITY;
  const right = isUsable(b) ? b.getTime() : Number.NEGATIVE_INFINITY;
  if (left === right) return 0;
  return left > right ? -1 : 1;
}
