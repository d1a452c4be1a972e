/** Reads a fault sent to `PUT /_mock/faults/:endpoint`; null when it is not one. */

import { isObject } from '../http/body.ts';
import type { MockFault } from '../types.ts';

const STATUSES = [400, 401, 403, 404, 409, 429, 500, 502, 503] as const;
type FaultStatus = (typeof STATUSES)[number];

function isFaultStatus(value: unknown): value is FaultStatus {
  return typeof value === 'number' && (STATUSES as readonly number[]).includes(value);
}

function nonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function parseFault(value: unknown): MockFault | null {
  if (!isObject(value)) return null;
  switch (value.kind) {
    case 'latency':
      return nonNegative(value.ms) ? { kind: 'latency', ms: value.ms } : null;
    case 'status': {
      if (!isFaultStatus(value.status)) return null;
      const retry = value.retryAfterSeconds;
      if (retry === undefined) return { kind: 'status', status: value.status };
      return nonNegative(retry) ? { kind: 'status', status: value.status, retryAfterSeconds: retry } : null;
    }
    case 'network-error':
    case 'hang':
    case 'malformed-json':
    case 'empty-body':
    case 'wrong-shape':
    case 'apply-then-drop':
    case 'apply-then-hang':
      return { kind: value.kind };
    case 'apply-then-status':
      return value.status === 500 || value.status === 502 || value.status === 503
        ? { kind: 'apply-then-status', status: value.status }
        : null;
    default:
      return null;
  }
}
