import { useEnv } from './env.ts';

const PLACEHOLDER_ROWS = 4;

/** Grey rows while the first page loads: named for assistive tech, the rows hidden from it. */
export function ListSkeleton() {
  const { t } = useEnv();
  return (
    <ol class="order-rows order-rows-skeleton" aria-busy="true" aria-label={t('list.loading')}>
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
