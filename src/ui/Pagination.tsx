import type { ListView } from '../state/list-model.ts';
import { useEnv } from './env.ts';

interface Props {
  paging: ListView['page']['paging'];
  /** Called once a page change has started (the list moves focus to its heading). */
  onNavigate: () => void;
}

/** Previous / next with "Page X of Y"; a button is disabled at its end of the list. */
export function Pagination({ paging, onNavigate }: Props) {
  const { t, model } = useEnv();
  const pages = Math.max(paging.pages, paging.page, 1);
  const go = (page: number) => {
    void model.list.goToPage(page);
    // A microtask later: after the client has sent the request (ky sends it after a microtask of
    // its own), so the layout focus forces runs while the page is on its way.
    queueMicrotask(onNavigate);
  };
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      <button type="button" class="button" disabled={!paging.hasPrevious} onClick={() => go(paging.page - 1)}>
        {t('pagination.previous')}
      </button>
      <p class="pagination-status">{t('pagination.status', { page: paging.page, pages })}</p>
      <button type="button" class="button" disabled={!paging.hasNext} onClick={() => go(paging.page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
