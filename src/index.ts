/**
 * The ES module entry (`import { mount } from 'my-orders'`). Importing it touches no browser
 * global, so it is safe during server-side rendering: call `mount()` or
 * `defineMyOrdersElement()` in the browser.
 */

export type { OrdersApiErrorCode } from './api/index.ts';
export type { MyOrdersElement, MyOrdersElementConstructor } from './embed/element.ts';
export { defineMyOrdersElement } from './embed/element.ts';
export type { MyOrdersEventDetails, MyOrdersEventName, MyOrdersNavigateDetail } from './embed/host-events.ts';
export type { MyOrdersOptions, MyOrdersTheme } from './embed/options.ts';
export { VERSION as version } from './embed/version.ts';
export type { MyOrdersHandle } from './embed/widget-mount.tsx';
export { mount } from './embed/widget-mount.tsx';
export type { Locale, Message, MessageKey } from './i18n/translate.ts';
