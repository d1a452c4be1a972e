import { useLayoutEffect, useRef } from 'preact/hooks';
import { ErrorPanel } from './ErrorPanel.tsx';
import { useEnv } from './env.ts';

/**
 * One order's page: the way back and the heading (focused on open so keyboard and
 * screen-reader users start at the top) at once, then the order's content from the order
 * view (its skeleton while the order loads), words for assistive tech while that view loads,
 * or what went wrong loading it.
 */
export function OrderPage({ orderId }: { orderId: string }) {
  const { t, model, orderView } = useEnv();
  const heading = useRef<HTMLHeadingElement>(null);
  const models = model.order.value;
  const failure = model.orderFailure.value;
  const Body = orderView.value;

  // Before the first paint: focusing needs the page's styles, which that frame computes anyway
  // (after it, focus() would compute them again, while the order's answer waits).
  useLayoutEffect(() => {
    heading.current?.focus();
  }, [orderId]);

  const back = () => model.backToList();
  const busy = !failure && (!models || !Body || models.detail.result.value.status === 'loading');
  return (
    <article class="order-detail" aria-busy={busy}>
      <div class="detail-nav">
        <button type="button" class="button detail-back" onClick={back}>
          <span aria-hidden="true">←</span>
          {t('detail.back')}
        </button>
      </div>
      <h2 class="detail-heading" ref={heading} tabIndex={-1}>
        {t('detail.heading', { orderId })}
      </h2>
      {failure ? (
        <ErrorPanel error={failure} onRetry={() => void model.reloadOrder()} onBack={back} />
      ) : models && Body ? (
        <Body orderId={orderId} onBack={back} />
      ) : (
        <p class="visually-hidden">{t('detail.loading')}</p>
      )}
    </article>
  );
}
