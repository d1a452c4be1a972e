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
