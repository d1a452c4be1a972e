import type { OrderPackage } from '../domain/index.ts';
import { useEnv } from './env.ts';
import { TrackingEvents } from './TrackingEvents.tsx';

interface Props {
  pkg: OrderPackage;
  /** 1-based, for "Package 1". */
  index: number;
}

/** One invoice and its shipment: carrier, tracking, delivery state, invoice link, events. */
export function PackageCard({ pkg, index }: Props) {
  const { t, format } = useEnv();
  const unavailable = t('value.unavailable');
  // Both are http(s) or null already (the API's mapping, api/map-fulfillment.ts).
  const tracking = pkg.trackingUrl;
  const invoice = pkg.invoiceUrl;
  const count = pkg.items.reduce((sum, line) => sum + line.quantity, 0);
  const state = pkg.delivered
    ? pkg.deliveredDate
      ? t('list.row.deliveredOn', { date: format.date(pkg.deliveredDate) })
      : t('stage.delivered')
    : t('packages.inTransit');
  return (
    <div class="package-card" data-delivered={pkg.delivered}>
      <h4>{t(pkg.type === 'input' ? 'packages.return' : 'packages.package', { index })}</h4>
      <dl class="detail-pairs">
        {pkg.type !== 'input' && (
          <div>
            <dt>{t('packages.status')}</dt>
            <dd class="package-state">{state}</dd>
          </div>
        )}
        <div>
          <dt>{t('packages.courier')}</dt>
          <dd>{pkg.courier ?? unavailable}</dd>
        </div>
        <div>
          <dt>{t('packages.trackingNumber')}</dt>
          <dd>{pkg.trackingNumber ?? unavailable}</dd>
        </div>
        <div>
          <dt>{t('packages.invoiceLabel')}</dt>
          <dd>
            {pkg.invoiceNumber ?? unavailable}
            {invoice && (
              <>
                {' '}
                <a class="package-invoice" href={invoice} target="_blank" rel="noopener noreferrer">
                  {t('packages.invoiceLink')}
                  <span class="visually-hidden"> {t('link.newTab')}</span>
                </a>
              </>
            )}
          </dd>
        </div>
        {count > 0 && (
          <div>
            <dt>{t('packages.contents')}</dt>
            <dd>{t('packages.items', { count })}</dd>
          </div>
        )}
      </dl>
      {tracking && (
        <p>
          <a class="package-track" href={tracking} target="_blank" rel="noopener noreferrer">
            {t('packages.track')}
            <span class="visually-hidden"> {t('link.newTab')}</span>
          </a>
        </p>
      )}
      <TrackingEvents events={pkg.events} />
    </div>
  );
}
