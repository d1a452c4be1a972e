import type { Theme } from '../ui/env.ts';

const PLACEHOLDER_ROWS = 4;

/**
 * What a widget shows while its language's catalog loads: the list skeleton's shapes with no
 * words (they would be English, then change), busy for assistive tech. The list's first
 * page is loading meanwhile.
 */
export function CatalogPending({ theme }: { theme: Theme }) {
  return (
    <div class="my-orders" data-theme={theme} aria-busy="true">
      <ol class="order-rows order-rows-skeleton" aria-hidden="true">
        {Array.from({ length: PLACEHOLDER_ROWS }, (_, index) => (
          <li key={index} class="order-row order-row-skeleton">
            <span class="skeleton skeleton-title" />
            <span class="skeleton skeleton-line" />
            <span class="skeleton skeleton-line skeleton-short" />
          </li>
        ))}
      </ol>
    </div>
  );
}
