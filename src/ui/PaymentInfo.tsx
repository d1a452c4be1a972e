import type { Order, Payment } from '../domain/index.ts';
import type { Translate } from '../i18n/translate.ts';
import { useEnv } from './env.ts';

function methodText(payment: Payment, t: Translate): string {
  const method = payment.method ?? t('value.unavailable');
  return payment.lastDigits === null ? method : `${method} ${t('payment.endingIn', { digits: payment.lastDigits })}`;
}

/** How the order was paid: method, last digits, amount and installments, bank slip link. */
export function PaymentInfo({ order }: { order: Order }) {
  const { t, format } = useEnv();
  return (
    <section class="detail-section detail-payment">
      <h3>{t('payment.heading')}</h3>
      {order.payments.length === 0 ? (
        <p>{t('detail.unavailable')}</p>
      ) : (
        <ul class="payment-list">
          {order.payments.map((payment, index) => {
            // http(s) or null already (the API's mapping, api/map-order.ts).
            const slip = payment.group === 'bankInvoice' ? payment.url : null;
            const installments = payment.installments;
            return (
              <li key={index} class="payment-entry">
                <dl class="detail-pairs">
                  <div>
                    <dt>{t('payment.method')}</dt>
                    <dd>{methodText(payment, t)}</dd>
                  </div>
                  <div>
                    <dt>{t('payment.amount')}</dt>
                    <dd>
                      {format.money(payment.value, order.currencyCode)}
                      {installments !== null &&
                        installments > 1 &&
                        ` ${t('payment.installments', { count: installments })}`}
                    </dd>
                  </div>
                  {payment.dueDate !== null && (
                    <div>
                      <dt>{t('payment.dueDate')}</dt>
                      {/* A due date is a calendar day (no time): read it in UTC, where it was parsed. */}
                      <dd>{format.day(payment.dueDate)}</dd>
                    </div>
                  )}
                </dl>
                {slip && (
                  <a class="payment-slip" href={slip} target="_blank" rel="noopener noreferrer">
                    {t('payment.bankSlip')}
                    <span class="visually-hidden"> {t('link.newTab')}</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
