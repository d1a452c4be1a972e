import type { Theme } from '../ui/env.ts';
import { ListSkeleton } from '../ui/ListSkeleton.tsx';

/**
 * What a widget shows while its language's catalog loads: the list skeleton's shapes with no
 * words (they would be English, then change), busy for assistive tech. The list's first
 * page is loading meanwhile.
 */
export function CatalogPending({ theme }: { theme: Theme }) {
  return (
    <div class="my-orders" data-theme={theme} aria-busy="true">
      <ListSkeleton />
    </div>
  );
}
