const PLACEHOLDER_ROWS = 4;

/**
 * Grey rows while the first page loads: named for assistive tech (`label`), the rows hidden
 * from it; without a label (no words yet: the catalog is loading) hidden altogether.
 */
export function ListSkeleton({ label }: { label?: string }) {
  return (
    <ol
      class="order-rows order-rows-skeleton"
      aria-busy="true"
      aria-label={label}
      aria-hidden={label ? undefined : 'true'}
    >
      {Array.from({ length: PLACEHOLDER_ROWS }, (_, index) => (
        <li key={index} class="order-row order-row-skeleton" aria-hidden="true">
          <span class="skeleton skeleton-title" />
          <span class="skeleton skeleton-line" />
          <span class="skeleton skeleton-line skeleton-short" />
        </li>
      ))}
    </ol>
  );
}
