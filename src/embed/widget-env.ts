/**
 * What the view gets besides the model, built from the options: formatters, store links and
 * theme, with the translator for the catalog the mount has loaded. Rebuilt on every
 * `update()`; the model and translator are passed through.
 */

import type { ReadonlySignal } from '@preact/signals';
import type { Translator } from '../i18n/translate.ts';
import type { WidgetModel } from '../state/widget-model.ts';
import { createFormatters, type OrderView, type StoreConfig, type WidgetEnv } from '../ui/env.ts';
import type { MyOrdersOptions } from './options.ts';
import { themeOf } from './options.ts';

export function createWidgetEnv(
  options: MyOrdersOptions,
  model: WidgetModel,
  page: Document,
  translator: Translator,
  orderView: ReadonlySignal<OrderView | null>,
): WidgetEnv {
  const location = page.location;
  const store: StoreConfig = {
    currency: options.currency ?? null,
    timeZone: options.timeZone ?? null,
    loginUrl: options.loginUrl ?? null,
    cartUrl: options.cartUrl ?? '/checkout/cart/add',
    // Read when the sign-in link is drawn: with deep links the hash says where the shopper was.
    get returnUrl() {
      return location.href;
    },
    onReorder: options.onReorder,
    origin: location.origin,
    cancelReasons: options.reasons,
    contactUrl: options.contactUrl ?? null,
    changeOrderUrl: options.changeOrderUrl ?? null,
    returnsUrl: options.returnsUrl ?? null,
  };
  return {
    ...translator,
    format: createFormatters(translator, store),
    store,
    model,
    orderView,
    theme: themeOf(options),
  };
}
