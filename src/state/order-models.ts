/**
 * The open order's models: its loaded detail and the shopper's cancellation of it. They come
 * with the order view (the script tag loads them when an order is first opened); the orders
 * model holds them once they are here.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { OrderApi } from '../api/index.ts';
import { type CancelModelDeps, createCancelModel } from './cancel-model.ts';
import { createDetailModel } from './detail-model.ts';

export interface OrderModelsDeps extends Omit<CancelModelDeps, 'detail' | 'api'> {
  api: OrderApi;
}

export function createOrderModels(orderId: ReadonlySignal<string | null>, deps: OrderModelsDeps) {
  const detail = createDetailModel(deps.api, orderId);
  const cancel = createCancelModel({ ...deps, detail });
  return {
    detail,
    cancel,
    dispose(): void {
      cancel.dispose();
      detail.dispose();
    },
  };
}

export type OrderModels = ReturnType<typeof createOrderModels>;

/** Makes the open order's models, once they have loaded; rejects when they cannot be had. */
export type LoadOrderModels = (orderId: ReadonlySignal<string | null>) => Promise<OrderModels>;
