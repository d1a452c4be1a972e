/**
 * "Order again": VTEX's add-to-cart link, `sku`, `qty` and `seller` repeated per item, then
 * `sc` (docs/domain.md, "Reorder"). Gifts are excluded: the promotion adds them again.
 */

export interface ReorderLine {
  skuId: string | null;
  quantity: number | null;
  sellerId: string | null;
  isGift?: boolean;
}

export interface ReorderOptions {
  /** Default `/checkout/cart/add`. */
  base?: string;
  salesChannel?: string | null;
}

/** @returns the link, or null when no item can be added again. */
export function buildReorderUrl(items: readonly ReorderLine[], options: ReorderOptions = {}): string | null {
  const base = options.base ?? '/checkout/cart/add';
  const params = new URLSearchParams();
  for (const item of items) {
    if (item.isGift) continue;
    const quantity = item.quantity;
    if (!item.skuId || !item.sellerId || quantity === null || !Number.isInteger(quantity) || quantity < 1) continue;
    params.append('sku', item.skuId);
    params.append('qty', String(quantity));
    params.append('seller', item.sellerId);
  }
  if (!params.has('sku')) return null;
  if (options.salesChannel) params.append('sc', options.salesChannel);
  return `${base}${base.includes('?') ? '&' : '?'}${params.toString()}`;
}
