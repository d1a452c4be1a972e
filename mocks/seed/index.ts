/** Seeds the store: the fixture matrix, the filler history and the second shopper. */

import { TWO_YEARS } from '../dates.ts';
import { mintOrderGroup } from '../ids.ts';
import type { OrderRecord } from '../model.ts';
import { createPrng } from '../prng.ts';
import { buildOrder } from './build-order.ts';
import { fillerSpecs } from './filler.ts';
import { MAIN_LISTED_TARGET, MAIN_SCENARIOS, SECOND_SCENARIOS } from './scenarios.ts';
import type { OrderSpec } from './spec.ts';

export function seedOrders(seed: number, now: number): OrderRecord[] {
  const prng = createPrng(seed);
  const listedScenarios = MAIN_SCENARIOS.filter((spec) => spec.createdAgo < TWO_YEARS).length;
  const specs: OrderSpec[] = [
    ...MAIN_SCENARIOS,
    ...fillerSpecs(prng, MAIN_LISTED_TARGET - listedScenarios),
    ...SECOND_SCENARIOS,
  ];
  const groups = new Map<string, { orderGroup: string; next: number }>();
  const taken = new Set<string>();
  const orders = specs.map((spec) => {
    let identity = { orderGroup: mintOrderGroup(prng, taken), suffix: 1 };
    if (spec.splitKey) {
      const group = groups.get(spec.splitKey) ?? { orderGroup: identity.orderGroup, next: 1 };
      identity = { orderGroup: group.orderGroup, suffix: group.next };
      groups.set(spec.splitKey, { ...group, next: group.next + 1 });
    }
    taken.add(identity.orderGroup);
    return buildOrder(spec, { prng, now }, identity);
  });
  const base = 500_000 + prng.int(0, 400_000);
  [...orders]
    .sort((a, b) => a.creationDate - b.creationDate || (a.orderId < b.orderId ? -1 : 1))
    .forEach((order, index) => {
      order.sequence = String(base + index);
    });
  return orders;
}
