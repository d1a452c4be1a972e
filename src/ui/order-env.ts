/** For the order view's components: the open order's models, which are there once it renders. */
import type { OpenOrderModels } from '../state/open-order-models.ts';
import { useEnv } from './env.ts';

export function useOrderModels(): OpenOrderModels {
  const models = useEnv().model.order.value;
  if (!models) throw new Error('my-orders: the order view rendered before its models');
  return models;
}
