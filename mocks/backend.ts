/** Builds a backend: clock, settings, faults, the seeded store and the handlers bound to them. */
import { createClock } from './clock.ts';
import { createFaultRegistry } from './faults/registry.ts';
import type { BackendContext } from './handlers/context.ts';
import { controlHandlers } from './handlers/control.ts';
import { sellerHandlers } from './handlers/seller.ts';
import { shopperHandlers } from './handlers/shopper.ts';
import { createResponder } from './http/respond.ts';
import { createPrng } from './prng.ts';
import { seedOrders } from './seed/index.ts';
import { fullName, SHOPPERS } from './seed/people.ts';
import { OrderStore } from './store.ts';
import type {
  MockBackend,
  MockBackendOptions,
  MockRequestRecord,
  MockSettings,
  MockShopper,
  MockShoppers,
} from './types.ts';

export const DEFAULT_SEED = 1;
export const DEFAULT_GRACE_PERIOD_MINUTES = 30;

function publicShopper(key: keyof MockShoppers): MockShopper {
  const shopper = SHOPPERS[key];
  return { email: shopper.email, name: fullName(shopper), sessionToken: shopper.sessionToken };
}

/** The run-time PRNG gets its own stream so minting ids never shifts the fixtures. */
function runtimeSeed(seed: number): number {
  return (seed ^ 0x9e3779b9) >>> 0;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const initialSeed = options.seed ?? DEFAULT_SEED;
  const initialSettings: MockSettings = {
    gracePeriodMinutes: options.gracePeriodMinutes ?? DEFAULT_GRACE_PERIOD_MINUTES,
    writeLagMs: options.writeLagMs ?? 0,
  };
  const clock = createClock(options.clock ?? 'frozen', options.now);
  const settings: MockSettings = { ...initialSettings };
  const faults = createFaultRegistry();
  const requests: MockRequestRecord[] = [];
  const context: BackendContext = {
    clock,
    settings,
    faults,
    respond: createResponder(clock),
    requests,
    store: new OrderStore([]),
    prng: createPrng(runtimeSeed(initialSeed)),
    seed: initialSeed,
  };
  const reset = (seed: number = initialSeed): void => {
    clock.restart();
    Object.assign(settings, initialSettings);
    faults.clear();
    requests.length = 0;
    context.seed = seed;
    context.store = new OrderStore(seedOrders(seed, clock.now()));
    context.prng = createPrng(runtimeSeed(seed));
  };
  reset();
  const shoppers: MockShoppers = {
    main: publicShopper('main'),
    second: publicShopper('second'),
    empty: publicShopper('empty'),
  };
  return {
    handlers: [...shopperHandlers(context), ...sellerHandlers(context), ...controlHandlers(context, { reset })],
    clock,
    faults,
    settings,
    shoppers,
    get requests(): readonly MockRequestRecord[] {
      return requests;
    },
    reset,
  };
}
