/** The pure domain: no DOM, no fetch, no imports from the rest of the widget. */

export * from './cancellability.ts';
export * from './cancellation-reason.ts';
export * from './date-order.ts';
export * from './dates.ts';
export * from './grace-window.ts';
export * from './intl.ts';
export * from './locale.ts';
export * from './money.ts';
export type * from './order.ts';
export * from './order-filter.ts';
export * from './order-stage.ts';
export * from './order-truth.ts';
export * from './packages.ts';
export * from './purchase.ts';
export * from './reorder.ts';
export * from './safe-url.ts';
export * from './time-zones.ts';
export * from './timeline.ts';
