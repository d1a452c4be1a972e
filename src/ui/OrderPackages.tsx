import type { Order } from '../domain/index.ts';
import { useEnv } from './env.ts';
import { PackageCard } from './PackageCard.tsx';

/** Invoices and shipments; absent until the store invoices the order. */
export function OrderPackages({ order }: { order: Order }) {
  const { t } = useEnv();
  if (order.packages.length === 0) return null;
  return (
    <section class="detail-section detail-packages">
      <h3>{t('packages.heading')}</h3>
      <ul class="package-list">
        {order.packages.map((pkg, index) => (
          <li key={pkg.invoiceNumber ?? index}>
            <PackageCard pkg={pkg} index={index + 1} />
          </li>
        ))}
      </ul>
    </section>
  );
}
