/**
 * Split purchases: one purchase (`orderGroup`) split between sellers gives one order per seller,
 * `{orderGroup}-01`, `-02`, ... (docs/domain.md, "The order JSON"). VTEX's order detail does not
 * list its siblings, so the relation is what the data proves: an order numbered `-NN` above 01
 * was split, and the lower numbers are its purchase's other orders; orders the widget has been
 * shown with the same group are others. Nothing else is invented: an `-01` alone proves nothing.
 */

export interface PurchaseMember {
  orderId: string;
  orderGroup: string | null;
}

export interface PurchaseRelation {
  orderGroup: string;
  /** The purchase's other orders the data names, in their purchase's order. */
  siblings: string[];
}

/** The order's number within its purchase (`-02` -> 2, with its written width); null when not `{group}-NN`. */
function suffixOf(orderId: string, group: string): { number: number; width: number } | null {
  if (!orderId.startsWith(`${group}-`)) return null;
  const digits = orderId.slice(group.length + 1);
  if (!/^\d{1,4}$/.test(digits)) return null;
  return { number: Number(digits), width: digits.length };
}

/**
 * @param seen orders the widget has been shown (the loaded list rows); only those of the same
 *   purchase count.
 * @returns null when nothing proves the order is one of several.
 */
export function purchaseRelation(order: PurchaseMember, seen: readonly PurchaseMember[] = []): PurchaseRelation | null {
  const group = order.orderGroup;
  if (group === null) return null;
  const siblings = new Set<string>();
  const own = suffixOf(order.orderId, group);
  if (own !== null)
    for (let number = 1; number < own.number; number += 1)
      siblings.add(`${group}-${String(number).padStart(own.width, '0')}`);
  for (const other of seen)
    if (other.orderGroup === group && other.orderId !== order.orderId) siblings.add(other.orderId);
  if (siblings.size === 0) return null;
  const rank = (orderId: string) => suffixOf(orderId, group)?.number ?? Number.POSITIVE_INFINITY;
  const ordered = [...siblings].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { orderGroup: group, siblings: ordered };
}

/** A loaded list page, as far as a purchase's place on it goes. */
export interface ListedPage {
  rows: readonly PurchaseMember[];
  /** Pages before and after it: orders placed earlier or later than its rows. */
  hasPrevious: boolean;
  hasNext: boolean;
  /** Filtered pages leave orders out (another status, another text): they prove nothing. */
  filtered: boolean;
}

/**
 * Whether an unfiltered list page shows every order of the order's purchase. A purchase's orders
 * come from one checkout, placed at one moment, and the list is newest first, so they list side
 * by side: when the run of the order's purchase on the page has a row of another purchase (or
 * the list's end) on each side, nothing of it is elsewhere.
 */
export function pageShowsPurchase(orderId: string, page: ListedPage): boolean {
  const { rows } = page;
  const at = rows.findIndex((row) => row.orderId === orderId);
  if (page.filtered || at < 0) return false;
  const group = rows[at]?.orderGroup;
  let first = at;
  let last = at;
  while (first > 0 && rows[first - 1]?.orderGroup === group) first -= 1;
  while (last < rows.length - 1 && rows[last + 1]?.orderGroup === group) last += 1;
  return (first > 0 || !page.hasPrevious) && (last < rows.length - 1 || !page.hasNext);
}
