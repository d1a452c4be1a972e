/** The in-memory order store. Reads settle orders up to the clock's now (lazy flow). */
import { settle } from './flow/settle.ts';
import type { BuyerKey, OrderRecord } from './model.ts';
import type { MockSettings } from './types.ts';

export class OrderStore {
  private readonly orders = new Map<string, OrderRecord>();

  constructor(orders: readonly OrderRecord[]) {
    for (const order of orders) this.orders.set(order.orderId, order);
  }

  add(order: OrderRecord): void {
    this.orders.set(order.orderId, order);
  }

  /** The order as of `now`, or undefined. */
  read(orderId: string, now: number, settings: MockSettings): OrderRecord | undefined {
    const order = this.orders.get(orderId);
    return order && settle(order, now, settings);
  }

  /** Every order as of `now`, in insertion order. */
  readAll(now: number, settings: MockSettings): OrderRecord[] {
    return [...this.orders.values()].map((order) => settle(order, now, settings));
  }

  readShopper(shopper: BuyerKey, now: number, settings: MockSettings): OrderRecord[] {
    return this.readAll(now, settings).filter((order) => order.shopper === shopper);
  }

  has(orderId: string): boolean {
    return this.orders.has(orderId);
  }

  groups(): Set<string> {
    return new Set([...this.orders.values()].map((order) => order.orderGroup));
  }

  nextSequence(): string {
    return String(Math.max(0, ...[...this.orders.values()].map((order) => Number(order.sequence))) + 1);
  }
}
