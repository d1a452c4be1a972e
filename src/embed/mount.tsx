/**
 * Mounts one widget instance into an element: its own shadow root, its own styles, its own
 * model and API client. `destroy()` aborts requests, stops timers and removes every node.
 */
import { render } from 'preact';
import { createOrdersClient } from '../api/index.ts';
import { createOrdersModel } from '../state/orders-model.ts';
import { createTranslator, resolveLocale } from '../i18n/translator.ts';
import { App } from '../ui/App.tsx';
import { createFormatters, type StoreConfig, type WidgetEnv } from '../ui/env.ts';
import type { MyOrdersOptions } from './options.ts';
import { normaliseReasons } from '../state/cancel-draft.ts';
import type { VisibilitySource } from '../state/visibility.ts';
import { adoptStyles } from './styles.ts';

export interface MyOrdersHandle {
  destroy(): void;
}

export function mount(host: HTMLElement, options: MyOrdersOptions = {}): MyOrdersHandle {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const removeStyles = adoptStyles(shadow);
  const container = document.createElement('div');
  shadow.append(container);

  const translator = createTranslator(resolveLocale(options.locale, document.documentElement.lang), options.messages);
  const store: StoreConfig = {
    currency: options.currency ?? null,
    timeZone: options.timeZone ?? null,
    loginUrl: options.loginUrl ?? null,
    cartUrl: options.cartUrl ?? '/checkout/cart/add',
    returnUrl: location.href,
    onReorder: options.onReorder,
    origin: location.origin,
    cancelReasons: normaliseReasons(options.reasons),
    contactUrl: options.contactUrl ?? null,
    changeOrderUrl: options.changeOrderUrl ?? null,
    returnsUrl: options.returnsUrl ?? null,
  };
  const visibility: VisibilitySource = {
    isVisible: () => document.visibilityState !== 'hidden',
    subscribe(onChange) {
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
  };
  const client = createOrdersClient({ apiBase: options.apiBase ?? `${location.origin}/` });
  const model = createOrdersModel(client, {
    perPage: options.pageSize ?? 15,
    cancellation: { enabled: options.cancellation !== 'off', gracePeriodMinutes: options.gracePeriodMinutes },
    visibility,
    emit: (name, detail) => host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
  });
  const env: WidgetEnv = { ...translator, format: createFormatters(translator, store), store, model };

  render(<App env={env} />, container);
  void model.start();

  return {
    destroy() {
      model.dispose();
      render(null, container);
      container.remove();
      removeStyles();
    },
  };
}
