/**
 * Property test of the mock's dates (docs/domain.md, "Decisions for the edges", "one clock"): whatever the shopper,
 * the seller, the clock and the grace-period setting do, an order's history only moves
 * forward. `lastChange` never moves backwards; `creationDate` and, once set,
 * `authorizedDate` never change.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { assertBounded, settling } from '../../support/bounded-property.ts';
import { startMock } from './helpers.ts';

const mock = startMock();
const { seller } = mock;
const main = mock.shopper('main');
const MINUTE = 60_000;

type Action =
  | { kind: 'place' }
  | { kind: 'advance'; ms: number }
  | { kind: 'grace'; minutes: number }
  | { kind: 'request' | 'approve' | 'deny' | 'start-handling'; target: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'place' as const }),
  fc.record({
    kind: fc.constant('advance' as const),
    ms: fc.constantFrom(1000, 2500, 10_000, 31 * MINUTE, 30 * 24 * 60 * MINUTE),
  }),
  fc.record({ kind: fc.constant('grace' as const), minutes: fc.constantFrom(0, 0.5, 1, 5, 30, 120) }),
  fc.record({
    kind: fc.constantFrom('request' as const, 'approve' as const, 'deny' as const, 'start-handling' as const),
    target: fc.nat(100),
  }),
);

interface Dates {
  creationDate: string;
  authorizedDate: string | null;
  lastChange: number;
}

async function check(orderIds: readonly string[], history: Map<string, Dates>, where: string): Promise<void> {
  for (const orderId of orderIds) {
    const detail = await main.detailJson(orderId);
    const now: Dates = {
      creationDate: detail.creationDate,
      authorizedDate: detail.authorizedDate,
      lastChange: Date.parse(detail.lastChange ?? ''),
    };
    const before = history.get(orderId);
    if (before) {
      const context = `${orderId} (${detail.status}) ${where}`;
      expect(now.lastChange, `${context}: lastChange moved backwards to ${detail.lastChange}`).toBeGreaterThanOrEqual(
        before.lastChange,
      );
      expect(now.creationDate, `${context}: creationDate changed`).toBe(before.creationDate);
      if (before.authorizedDate !== null)
        expect(now.authorizedDate, `${context}: authorizedDate changed`).toBe(before.authorizedDate);
    }
    history.set(orderId, now);
  }
}

async function perform(step: Action, pool: string[]): Promise<void> {
  const orderId = 'target' in step ? (pool[step.target % pool.length] as string) : '';
  switch (step.kind) {
    case 'place': {
      const response = await seller.placeOrder({ shopper: 'main' });
      pool.push(((await response.json()) as { orderId: string }).orderId);
      return;
    }
    case 'advance':
      await seller.advanceClock(step.ms);
      return;
    case 'grace':
      await seller.settings({ gracePeriodMinutes: step.minutes });
      return;
    case 'request':
      await main.cancel(orderId, { reason: 'Timeline request' });
      return;
    case 'approve':
      await seller.cancel(orderId, { reason: 'Timeline approval' });
      return;
    case 'deny': {
      const live = (await main.detailJson(orderId)).cancellationRequests?.find((request) => !request.deniedBySeller);
      await seller.deny(orderId, { cancellationRequestId: live?.id ?? 'none', denyReason: 'Timeline denial' });
      return;
    }
    case 'start-handling':
      await seller.startHandling(orderId);
      return;
  }
}

/** At most this long for the runs (and any shrinking): about 23 runs fit in 15 s on a quiet 2-core machine, half that with both cores busy. */
const TIME_LIMIT_MS = 25_000;

test(
  "an order's dates only move forward, whatever the flow, the clock and the grace period do",
  async () => {
    const flow = settling(async (seed: number, actions: Action[]) => {
      await seller.reset(seed);
      const fresh = ['window-to-cancel', 'payment-approved', 'ready-for-handling', 'cancellation-requested', 'cancel'];
      const pool = (await seller.orders())
        .filter((o) => o.shopper === 'main' && fresh.includes(o.status))
        .map((o) => o.orderId);
      const history = new Map<string, Dates>();
      await check(pool, history, 'at the start');
      for (const [index, step] of actions.entries()) {
        await perform(step, pool);
        await check(pool, history, `after seed ${seed} step ${index} ${JSON.stringify(step)}`);
      }
    });
    await assertBounded(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(action, { minLength: 1, maxLength: 12 }),
        flow.predicate,
      ),
      flow.settled,
      // The example is what the random search found and shrank: an order seen in the window
      // (lastChange = approval + 2 s), then a grace period under 2 s.
      {
        numRuns: 25,
        minRuns: 10,
        timeLimitMs: TIME_LIMIT_MS,
        examples: [
          [
            1,
            [
              { kind: 'advance', ms: 2500 },
              { kind: 'grace', minutes: 0 },
            ],
          ],
        ],
      },
    );
  },
  TIME_LIMIT_MS + 30_000,
);
