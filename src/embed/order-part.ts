/**
 * The order view, loaded the first time an order is opened (or the shopper shows the intent):
 * its components, CSS, English words, models and the order's endpoints. One of the parts the
 * widget imports on demand (parts.ts), so the script tag carries just the list.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { Transport } from '../api/index.ts';
import { orderApiOver } from '../api/order-endpoints.ts';
import { listApiOver } from '../api/orders-list.ts';
import { createOpenOrderModels, type OpenOrderModels, type OpenOrderModelsDeps } from '../state/open-order-models.ts';
import cancelCss from '../styles/cancel.css?inline';
import detailCss from '../styles/detail.css?inline';
import printCss from '../styles/print.css?inline';
import { documentVisibility } from './document-visibility.ts';

export { enOrder as english } from '../i18n/locales/en-order.ts';
export { OrderDetailBody as OrderView } from '../ui/OrderDetailBody.tsx';

export const css = `${detailCss}\n${cancelCss}\n${printCss}`;

/** The open order's models over the widget's wire; polling and countdowns follow `page`'s visibility. */
export function createOrderModelsOver(
  wire: Transport,
  orderId: ReadonlySignal<string | null>,
  { page, ...deps }: Omit<OpenOrderModelsDeps, 'api' | 'listApi' | 'visibility'> & { page: Document },
): OpenOrderModels {
  return createOpenOrderModels(orderId, {
    ...deps,
    visibility: documentVisibility(page),
    api: orderApiOver(wire),
    listApi: listApiOver(wire),
  });
}
