import { hasActiveFilter } from '../domain/index.ts';
import { toOrderFilter } from '../state/list-model.ts';
import { errorTitleKey } from './ErrorPanel.tsx';
import { useEnv } from './env.ts';

/**
 * The one polite live region, present from the first render (screen readers ignore regions
 * added later). It words what just happened: a page loaded, nothing found, an error.
 */
export function LiveRegion() {
  const { model, t } = useEnv();
  const list = model.list.result.value;
  const detail = model.order.value?.detail.result.value;
  const orderFailure = model.orderFailure.value;
  let message = '';
  if (model.route.value.view === 'order') {
    if (orderFailure) message = t(errorTitleKey(orderFailure.code));
    else if (detail?.status === 'ready') message = t('live.orderLoaded', { orderId: detail.value.orderId });
    else if (detail?.status === 'error') message = t(errorTitleKey(detail.error.code));
  } else if (list.status === 'ready') {
    const { rows, page } = list.value;
    // The same test the list uses to choose between its empty and no-results states.
    const filtering = hasActiveFilter(toOrderFilter(model.list.filters.value));
    if (rows.length === 0) message = filtering ? t('live.noResults') : t('live.noOrders');
    else
      message = t('live.listLoaded', {
        count: rows.length,
        page: page.paging.page,
        pages: Math.max(page.paging.pages, 1),
      });
  } else if (list.status === 'error') {
    message = t(errorTitleKey(list.error.code, 'list'));
  }
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
