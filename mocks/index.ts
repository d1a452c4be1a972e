/**
 * The mock VTEX order backend: a stateful stand-in for VTEX's order management, served by
 * MSW handlers in the browser (`browser.ts`) and in Node (`node.ts`).
 */
export { createMockBackend, DEFAULT_GRACE_PERIOD_MINUTES, DEFAULT_SEED } from './backend.ts';
export { DEFAULT_NOW } from './clock.ts';
export { MOCK_ENDPOINTS } from './faults/registry.ts';
export { PAYMENT_APPROVAL_MS } from './flow/place-order.ts';
export { APPROVAL_TO_WINDOW_MS, REQUEST_DEADLINE_MS } from './flow/settle.ts';
export { MAX_REASON_CODE_POINTS } from './http/body.ts';
export type {
  MockBackend,
  MockBackendOptions,
  MockClock,
  MockEndpoint,
  MockFault,
  MockFaultRule,
  MockFaults,
  MockRequestRecord,
  MockSettings,
  MockShopper,
  MockShoppers,
} from './types.ts';
export { SELLER_APP_KEY, SELLER_APP_TOKEN, SESSION_COOKIE } from './types.ts';
export type { MockOrderSummary } from './views/summary.ts';
