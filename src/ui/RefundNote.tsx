import type { Order } from '../domain/index.ts';
import { useEnv } from './env.ts';

const CARD_GROUPS = new Set(['creditCard', 'debitCard']);
const BANK_GROUPS = new Set(['bankInvoice', 'instantPayment']);

/**
 * Where the money goes after a cancellation, short and honest: back to the original method,
 * with the usual delay for cards and for bank slip/Pix. Said only when a payment was approved.
 */
export function RefundNote({ order }: { order: Order }) {
  const { t } = useEnv();
  if (order.authorizedDate === null) return null;
  const groups = new Set(order.payments.map((payment) => payment.group ?? ''));
  const card = [...groups].some((group) => CARD_GROUPS.has(group));
  const bank = [...groups].some((group) => BANK_GROUPS.has(group));
  return (
    <p class="cancel-refund">
      {t('cancel.refund')}
      {card && ` ${t('cancel.refund.card')}`}
      {bank && ` ${t('cancel.refund.bank')}`}
    </p>
  );
}
