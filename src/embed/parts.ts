/**
 * The widget's parts loaded on demand: the order view (order-part.ts) the first time an order
 * is opened or about to be, and the deep-link sync (deep-link/sync.ts) when a store turns deep
 * links on. Each loads once for every widget on the page; a failed load is tried again by the
 * next call. In the script tag each is a file beside the script, pinned by the script's own
 * integrity hash (scripts/build/chunk-linker.mjs); in the ES module, a chunk for the store's
 * bundler.
 */
export type OrderPart = typeof import('./order-part.ts');
export type DeepLinkPart = typeof import('./deep-link/sync.ts');

function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

export const loadOrderPart = loadOnce((): Promise<OrderPart> => import('./order-part.ts'));
export const loadDeepLinkPart = loadOnce((): Promise<DeepLinkPart> => import('./deep-link/sync.ts'));
