/**
 * What the view gets besides the model, built from the options: translator, formatters,
 * store links and theme. Rebuilt on every `update()`; the model is passed through.
 */
import { createTranslator, resolveLocale } from '../i18n/translator.ts';
import { normaliseReasons } from '../state/cancel-draft.ts';
import type { OrdersModel } from '../state/orders-model.ts';
import { createFormatters, type StoreConfig, type WidgetEnv } from '../ui/env.ts';
import { themeOf } from './option-values.ts';
import type { MyOrdersOptions } from './options.ts';

export function createWidgetEnv(options: MyOrdersOptions, model: OrdersModel, page: Document): WidgetEnv {
  const translator = createTranslator(resolveLocale(options.locale, page.documentElement.lang), options.messages);
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
    cancelReasons: normaliseReasons(options.reasons),
    contactUrl: options.contactUrl ?? null,
    changeOrderUrl: options.changeOrderUrl ?? null,
    returnsUrl: options.returnsUrl ?? null,
  };
  return { ...translator, format: createFormatters(translator, store), store, model, theme: themeOf(options) };
}
