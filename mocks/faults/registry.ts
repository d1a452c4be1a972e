/** Faults switched on per endpoint at run time; a rule with `times` switches itself off. */
import type { MockEndpoint, MockFault, MockFaultRule, MockFaults } from '../types.ts';

export const MOCK_ENDPOINTS: readonly MockEndpoint[] = [
  'list',
  'detail',
  'user-cancel-request',
  'seller-order',
  'seller-cancel',
  'deny-cancellation-request',
  'start-handling',
  'invoice',
  'tracking',
  'place-order',
];

export function isMockEndpoint(value: string): value is MockEndpoint {
  return (MOCK_ENDPOINTS as readonly string[]).includes(value);
}

export interface FaultRegistry extends MockFaults {
  /** The fault for this hit, counting it against `times`. */
  take(endpoint: MockEndpoint): MockFault | null;
}

export function createFaultRegistry(): FaultRegistry {
  const rules = new Map<MockEndpoint, MockFaultRule>();
  return {
    set(endpoint, fault, options) {
      const times = options?.times;
      if (times !== undefined && (!Number.isInteger(times) || times < 1))
        throw new RangeError('times must be a positive integer');
      rules.set(endpoint, times === undefined ? { fault } : { fault, times });
    },
    clear(endpoint) {
      if (endpoint) rules.delete(endpoint);
      else rules.clear();
    },
    list() {
      const out: Partial<Record<MockEndpoint, MockFaultRule>> = {};
      for (const endpoint of MOCK_ENDPOINTS) {
        const rule = rules.get(endpoint);
        if (rule) out[endpoint] = { ...rule, fault: { ...rule.fault } };
      }
      return out;
    },
    take(endpoint) {
      const rule = rules.get(endpoint);
      if (!rule) return null;
      if (rule.times !== undefined) {
        if (rule.times <= 1) rules.delete(endpoint);
        else rules.set(endpoint, { ...rule, times: rule.times - 1 });
      }
      return rule.fault;
    },
  };
}
