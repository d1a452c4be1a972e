/**
 * The public face of the mock VTEX order backend. The demo, the tests and (later) the
 * store test kit use only what is declared here; everything else in `mocks/` is private.
 */
import type { RequestHandler } from 'msw';

/** The session cookie the page sets (`document.cookie`); the mock never sends Set-Cookie. */
export const SESSION_COOKIE = 'VtexIdclientAutCookie';

/** Seller credentials the mock accepts on `/api/oms/pvt/*` and `/_mock/*`. */
export const SELLER_APP_KEY = 'vtexappkey-mystore-MOCK';
export const SELLER_APP_TOKEN = 'mock-app-token';

export interface MockShopper {
  email: string;
  name: string;
  /** Value of the SESSION_COOKIE that signs this shopper in. */
  sessionToken: string;
}

/** The shoppers every seed has: `main` (about 60 orders), `second` (a few), `empty` (none). */
export interface MockShoppers {
  main: MockShopper;
  second: MockShopper;
  empty: MockShopper;
}

/** The only time of the order flow. `frozen` for tests (deterministic), `live` for the demo. */
export interface MockClock {
  now(): number;
  /** Moves the clock forward (ms); negative values are refused. */
  advance(ms: number): void;
  /** Sets the clock to an absolute epoch ms. */
  set(epochMs: number): void;
  readonly mode: 'frozen' | 'live';
}

/** Endpoint keys that faults can be switched on for. */
export type MockEndpoint =
  | 'list'
  | 'detail'
  | 'user-cancel-request'
  | 'seller-order'
  | 'seller-cancel'
  | 'deny-cancellation-request'
  | 'start-handling'
  | 'invoice'
  | 'tracking'
  | 'place-order';

export type MockFault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 502 | 503; retryAfterSeconds?: number }
  | { kind: 'network-error' }
  | { kind: 'hang' }
  | { kind: 'malformed-json' }
  | { kind: 'empty-body' }
  | { kind: 'wrong-shape' }
  /** Apply the action, then drop the response (network error). Only meaningful for writes. */
  | { kind: 'apply-then-drop' }
  /** Apply the action, then answer an error status anyway (a proxy or a timeout after the write). */
  | { kind: 'apply-then-status'; status: 500 | 502 | 503 }
  /** Apply the action, then never answer (the client's timeout ends it). */
  | { kind: 'apply-then-hang' };

export interface MockFaultRule {
  fault: MockFault;
  /** How many requests it hits before switching itself off; unlimited when absent. */
  times?: number;
}

export interface MockFaults {
  set(endpoint: MockEndpoint, fault: MockFault, options?: { times?: number }): void;
  clear(endpoint?: MockEndpoint): void;
  list(): Partial<Record<MockEndpoint, MockFaultRule>>;
}

export interface MockSettings {
  /** The store's grace period for automatic cancellation (OMS setting). Default 30. */
  gracePeriodMinutes: number;
  /** How long (ms of mock clock) a cancellation takes to be written. 0 in unit tests. */
  writeLagMs: number;
}

/** A record of a request that reached a handler, for tests that count requests. */
export interface MockRequestRecord {
  endpoint: MockEndpoint | 'control';
  method: string;
  url: string;
  orderId?: string;
  at: number;
}

export interface MockBackendOptions {
  /** Seed for the deterministic fixtures. Default 1. */
  seed?: number;
  /** `frozen` (default) starts at `now`; `live` follows the device clock plus an offset. */
  clock?: 'frozen' | 'live';
  /** Start time (epoch ms) for a frozen clock. Default 2026-06-15T12:00:00Z. */
  now?: number;
  gracePeriodMinutes?: number;
  writeLagMs?: number;
}

export interface MockBackend {
  /** MSW handlers bound to this backend, for `setupServer(...)` / `setupWorker(...)`. */
  readonly handlers: RequestHandler[];
  readonly clock: MockClock;
  readonly faults: MockFaults;
  readonly settings: MockSettings;
  readonly shoppers: MockShoppers;
  /** Every request handled since the last reset, oldest first. */
  readonly requests: readonly MockRequestRecord[];
  /** Reseeds the store and clears faults and the request log; the clock restarts at `now`. */
  reset(seed?: number): void;
}
