import { useEnv } from './env.ts';

/** Placeholder shapes while the order loads; the words are for screen readers. */
export function DetailSkeleton() {
  const { t } = useEnv();
  return (
    <div class="detail-skeleton">
      <p class="visually-hidden">{t('detail.loading')}</p>
      <div aria-hidden="true">
        <span class="skeleton detail-skeleton-line detail-skeleton-short" />
        <span class="skeleton detail-skeleton-block" />
        <span class="skeleton detail-skeleton-line" />
        <span class="skeleton detail-skeleton-line" />
        <span class="skeleton detail-skeleton-block" />
      </div>
    </div>
  );
}
