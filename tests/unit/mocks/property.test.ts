/**
 * Property test of the mock's order flow (docs/domain.md, "Cancellation rules"), all over HTTP: random
 * sequences of shopper and seller actions, clock moves and grace-period changes, on a sample
 * of orders in every situation, never break the flow's invariants:
 * - `canceled` never changes once seen;
 * - money (`value`, totals, item prices, payments, list `totalValue`) never changes;
 * - at most one pending request per order (non-denied while `cancellation-requested`), and
 *   a `cancellation-requested` order shows exactly that one;
 * - `allowCancellation` is true iff a cancel request right then is accepted (the probe step).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { MockOrderSummary } from '../../../mocks/index.ts';
import type { WireOrderDetail } from '../../../src/contract/vtex-orders.ts';
import { assertBounded, settling } from '../../support/bounded-property.ts';
import { type ShopperName, startMock } from './helpers.ts';

const mock = startMock();
const { seller } = mock;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Action =
  | { kind: 'request' | 'probe' | 'approve' | 'deny' | 'start-handling'; target: number }
  | { kind: 'invoice'; target: number; share: 'full' | 'partial' }
  | { kind: 'advance'; target: number; ms: number }
  | { kind: 'grace'; target: number; minutes: number }
  | { kind: 'place'; target: number; shopper: 'main' | 'second' };

const target = fc.nat(1000);
const onOrder = (kind: 'request' | 'probe' | 'approve' | 'deny' | 'start-handling'): fc.Arbitrary<Action> =>
  fc.record({ kind: fc.constant(kind), target });
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: onOrder('probe'), weight: 4 },
  { arbitrary: onOrder('request'), weight: 1 },
  { arbitrary: onOrder('approve'), weight: 2 },
  { arbitrary: onOrder('deny'), weight: 2 },
  { arbitrary: onOrder('start-handling'), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('invoice' as const),
      target,
      share: fc.constantFrom('full' as const, 'partial' as const),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      target,
      ms: fc.oneof(fc.integer({ min: 1000, max: 59_000 }), fc.constant(31 * MINUTE), fc.constant(30 * DAY)),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('grace' as const), target, minutes: fc.integer({ min: 0, max: 120 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      target,
      shopper: fc.constantFrom('main' as const, 'second' as const),
    }),
    weight: 1,
  },
);

/** What the sample must cover: orders in and after the window, pending, invoiced, canceled... */
const SAMPLE: Array<(o: MockOrderSummary) => boolean> = [
  (o) => o.status === 'window-to-cancel' && o.shopper === 'main',
  (o) => o.status === 'window-to-cancel' && o.shopper === 'second',
  (o) => o.status === 'payment-approved',
  (o) => o.status === 'payment-pending' && o.isCompleted,
  (o) => o.status === 'ready-for-handling' && o.shopper === 'main',
  (o) => o.status === 'ready-for-handling' && o.shopper === 'second',
  (o) => o.status === 'handling' && o.invoicedValue === 0,
  (o) => o.invoicedValue > 0 && o.invoicedValue < o.value,
  (o) => o.status === 'cancellation-requested',
  (o) => o.status === 'invoiced',
  (o) => o.status === 'cancel',
  (o) => o.status === 'canceled',
];

interface Tracked {
  orderId: string;
  shopper: ShopperName;
}

/** What one run has seen: the first money of each order, and which were canceled. */
class Observed {
  readonly canceled = new Set<string>();
  private readonly money = new Map<string, string>();

  status(orderId: string, status: string, where: string): void {
    if (this.canceled.has(orderId)) expect(status, `${orderId} left canceled ${where}`).toBe('canceled');
    if (status === 'canceled') this.canceled.add(orderId);
  }

  sameMoney(key: string, money: unknown, where: string): void {
    const now = JSON.stringify(money);
    const first = this.money.get(key);
    if (first === undefined) this.money.set(key, now);
    else expect(now, `${key} money changed ${where}`).toBe(first);
  }
}

function moneyOf(detail: WireOrderDetail): unknown {
  return {
    value: detail.value,
    totals: detail.totals?.map((t) => [t.id, t.value]),
    items: detail.items?.map((i) => [i.id, i.quantity, i.price, i.listPrice, i.sellingPrice]),
    payments: detail.paymentData?.transactions?.flatMap((t) => t.payments?.map((p) => p.value)),
  };
}

async function readDetail(order: Tracked, seen: Observed, where: string): Promise<WireOrderDetail> {
  const detail = await mock.shopper(order.shopper).detailJson(order.orderId);
  seen.status(order.orderId, detail.status, where);
  seen.sameMoney(`detail ${order.orderId}`, moneyOf(detail), where);
  const live = (detail.cancellationRequests ?? []).filter((request) => !request.deniedBySeller);
  expect(live.length, `${order.orderId} has several live requests ${where}`).toBeLessThanOrEqual(1);
  if (detail.status === 'cancellation-requested')
    expect(live.length, `${order.orderId} pending request not shown ${where}`).toBe(1);
  return detail;
}

/** Shoppers' lists: status and `totalValue` of every listed order, not only the sample. */
async function readLists(
  seen: Observed,
  where: string,
  shoppers: readonly ShopperName[] = ['main', 'second'],
): Promise<void> {
  for (const shopper of shoppers) {
    for (const row of (await mock.shopper(shopper).listJson({ per_page: 100 })).list) {
      seen.status(row.orderId, row.status, where);
      seen.sameMoney(`list ${row.orderId}`, row.totalValue, where);
    }
  }
}

function expectStatus(response: Response, allowed: number[], where: string): void {
  expect(allowed, `${where} answered ${response.status}`).toContain(response.status);
}

/** How the probes went, so the test proves it exercised both sides of the "iff". */
const probes = { allowed: 0, refused: 0 };

/** Performs one action; returns the order whose detail is checked after it. */
async function perform(step: Action, pool: Tracked[], seen: Observed, where: string): Promise<Tracked> {
  const order = pool[step.target % pool.length] as Tracked;
  const shopper = mock.shopper(order.shopper);
  switch (step.kind) {
    case 'request':
      expectStatus(await shopper.cancel(order.orderId, { reason: 'Property request' }), [200, 409], where);
      break;
    case 'probe': {
      const { allowCancellation } = await readDetail(order, seen, `${where} before the probe`);
      const response = await shopper.cancel(order.orderId, { reason: 'Probe' });
      expect({ where, allowCancellation, status: response.status }).toEqual({
        where,
        allowCancellation,
        status: allowCancellation ? 200 : 409,
      });
      probes[allowCancellation ? 'allowed' : 'refused'] += 1;
      break;
    }
    case 'approve':
      expectStatus(await seller.cancel(order.orderId, { reason: 'Seller cancels' }), [200, 409], where);
      break;
    case 'deny': {
      const detail = await readDetail(order, seen, `${where} before the deny`);
      const live = detail.cancellationRequests?.find((request) => !request.deniedBySeller);
      const response = await seller.deny(order.orderId, {
        cancellationRequestId: live?.id ?? 'no-such-request',
        denyReason: 'Already shipped',
      });
      expectStatus(response, detail.status === 'cancellation-requested' ? [200] : [400], where);
      break;
    }
    case 'start-handling':
      expectStatus(await seller.startHandling(order.orderId), [204, 409], where);
      break;
    case 'invoice': {
      const detail = await readDetail(order, seen, `${where} before the invoice`);
      const invoiced = (detail.packageAttachment?.packages ?? []).reduce(
        (sum, p) => sum + (p.type === 'Output' ? p.invoiceValue : 0),
        0,
      );
      const rest = detail.value - invoiced;
      const invoiceValue = step.share === 'full' ? rest : Math.max(1, Math.floor(rest / 2));
      const items = (detail.items ?? []).map((item) => ({
        id: item.id,
        quantity: item.quantity,
        price: item.sellingPrice,
      }));
      const body = {
        type: 'Output',
        issuanceDate: '2026-06-15T12:00:00Z',
        invoiceNumber: `P-${invoiced}-${invoiceValue}`,
        invoiceValue: String(invoiceValue),
        items,
      };
      expectStatus(await seller.invoice(order.orderId, body), [200, 400, 409], where);
      break;
    }
    case 'advance':
      expectStatus(await seller.advanceClock(step.ms), [200], where);
      break;
    case 'grace':
      expectStatus(await seller.settings({ gracePeriodMinutes: step.minutes }), [200], where);
      break;
    case 'place': {
      const response = await seller.placeOrder({ shopper: step.shopper });
      expectStatus(response, [201], where);
      const placed: Tracked = {
        orderId: ((await response.json()) as { orderId: string }).orderId,
        shopper: step.shopper,
      };
      pool.push(placed);
      return placed;
    }
  }
  return order;
}

async function samplePool(): Promise<Tracked[]> {
  const orders = await seller.orders();
  return SAMPLE.map((predicate) => {
    const found = orders.find(predicate);
    if (!found) throw new Error(`The seed has no order for ${predicate.toString()}`);
    return { orderId: found.orderId, shopper: found.shopper };
  });
}

/**
 * At most this long for the runs (and any shrinking): 100 runs take about 17 s on a busy 2-core
 * machine; at a load of 15 on 2 cores, 33 fitted. Ten runs still make about 130 steps.
 */
const TIME_LIMIT_MS = 30_000;

test(
  'random flows keep canceled final, money fixed, one pending request, and allowCancellation honest',
  async () => {
    let steps = 0;
    const flow = settling(async (seed: number, actions: Action[]) => {
      expect((await seller.reset(seed)).status).toBe(200);
      const pool = await samplePool();
      const seen = new Observed();
      for (const order of pool) await readDetail(order, seen, 'at the start');
      await readLists(seen, 'at the start');
      for (const [index, step] of actions.entries()) {
        const where = `seed ${seed} step ${index} ${JSON.stringify(step)}`;
        const checked = await perform(step, pool, seen, where);
        await readDetail(checked, seen, `after ${where}`);
        // An action on one order is checked against all of its shopper's orders; clock and
        // settings steps (and the end of the run) against both shoppers'.
        const everyone = step.kind === 'advance' || step.kind === 'grace' || step.kind === 'place';
        await readLists(seen, `after ${where}`, everyone ? undefined : [checked.shopper]);
        steps += 1;
      }
      for (const order of pool) await readDetail(order, seen, `seed ${seed} at the end`);
      await readLists(seen, `seed ${seed} at the end`);
    });
    const { runs } = await assertBounded(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(action, { minLength: 1, maxLength: 25, size: 'max' }),
        flow.predicate,
      ),
      flow.settled,
      { numRuns: 100, minRuns: 10, timeLimitMs: TIME_LIMIT_MS },
    );
    // The property must have exercised what it claims to, in proportion to the runs it had time
    // for: long flows, and probes both ways.
    expect(steps).toBeGreaterThan(5 * runs);
    expect(probes.allowed).toBeGreaterThan(runs / 3);
    expect(probes.refused).toBeGreaterThan(runs / 3);
  },
  TIME_LIMIT_MS + 30_000,
);
