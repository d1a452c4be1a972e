/** What every handler reads: the backend's live parts (the store and PRNG change on reset). */
import type { ResettableClock } from '../clock.ts';
import type { FaultRegistry } from '../faults/registry.ts';
import type { FlowContext } from '../flow/cancellation.ts';
import type { Responder } from '../http/respond.ts';
import type { Prng } from '../prng.ts';
import type { OrderStore } from '../store.ts';
import type { MockRequestRecord, MockSettings } from '../types.ts';

export interface BackendContext {
  readonly clock: ResettableClock;
  readonly settings: MockSettings;
  readonly faults: FaultRegistry;
  readonly respond: Responder;
  readonly requests: MockRequestRecord[];
  store: OrderStore;
  /** Mints ids and receipts at run time; reseeded on reset so replays match. */
  prng: Prng;
  seed: number;
}

export function flowContext(context: BackendContext, now = context.clock.now()): FlowContext {
  return { now, settings: context.settings, prng: context.prng };
}
