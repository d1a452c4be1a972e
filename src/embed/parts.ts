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

/**
 * Runs tasks when `view` is idle (requestIdleCallback; a timeout where there is none: WebKit),
 * for parts fetched ahead of need; undefined when the shopper asked to save data.
 */
export function idleTasks(view: Window | null): ((task: () => void) => () => void) | undefined {
  if (!view || (view.navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return undefined;
  return (task) => {
    if (typeof view.requestIdleCallback === 'function') {
      const id = view.requestIdleCallback(task, { timeout: 3000 });
      return () => view.cancelIdleCallback(id);
    }
    const id = view.setTimeout(task, 500);
    return () => view.clearTimeout(id);
  };
}
