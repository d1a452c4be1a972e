/**
 * The open order's models: its loaded detail, the shopper's cancellation of it and its purchase's
 * other orders. They come with the order view (the script tag loads them when an order is first
 * opened); the orders model holds them once they are here.
 */
import { createModel, type ReadonlySignal } from '@preact/signals';
import type { OrderApi } from '../api/index.ts';
import { type CancelModelDeps, createCancelModel } from './cancel/model.ts';
import { createDetailModel } from './detail-model.ts';
import { withDispose } from './model.ts';
import { createPurchaseLookup, type PurchaseLookupDeps } from './purchase-lookup.ts';

export interface OpenOrderModelsDeps extends Omit<CancelModelDeps, 'detail' | 'api'> {
  api: OrderApi;
  /** The list's endpoint and model: a split purchase's other orders (purchase-lookup.ts). */
  listApi: PurchaseLookupDeps['api'];
  list: PurchaseLookupDeps['list'];
}

// Made in this factory, the models' effects are this model's too: its dispose ends them all.
const OpenOrder = createModel((orderId: ReadonlySignal<string | null>, deps: OpenOrderModelsDeps) => {
  const detail = createDetailModel(deps.api, orderId);
  return {
    detail,
    cancel: createCancelModel({ ...deps, detail }),
    purchases: createPurchaseLookup({ api: deps.listApi, list: deps.list }, detail),
  };
});

export const createOpenOrderModels = (orderId: ReadonlySignal<string | null>, deps: OpenOrderModelsDeps) =>
  withDispose(new OpenOrder(orderId, deps));

export type OpenOrderModels = ReturnType<typeof createOpenOrderModels>;

/** Makes the open order's models, once they have loaded; rejects when they cannot be had. */
export type LoadOpenOrderModels = (orderId: ReadonlySignal<string | null>) => Promise<OpenOrderModels>;
