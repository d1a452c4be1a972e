/** The faults the console offers, and how an active one reads in the list. */
import type { MockFault, MockFaultRule } from '../../mocks/index.ts';

export type FaultKind = MockFault['kind'];
export type FaultStatus = Extract<MockFault, { kind: 'status' }>['status'];

export const FAULT_KINDS: ReadonlyArray<{ kind: FaultKind; label: string }> = [
  { kind: 'status', label: 'HTTP error status' },
  { kind: 'latency', label: 'Latency' },
  { kind: 'network-error', label: 'Network error' },
  { kind: 'hang', label: 'Hang (never answers)' },
  { kind: 'malformed-json', label: 'Malformed JSON' },
  { kind: 'empty-body', label: 'Empty body' },
  { kind: 'wrong-shape', label: 'Wrong shape' },
  { kind: 'apply-then-drop', label: 'Apply, then drop the response' },
  { kind: 'apply-then-status', label: 'Apply, then answer an error status (5xx)' },
  { kind: 'apply-then-hang', label: 'Apply, then never answer' },
];

export const FAULT_STATUSES: readonly FaultStatus[] = [400, 401, 403, 404, 409, 429, 500, 502, 503];

export function isFaultKind(value: string): value is FaultKind {
  return FAULT_KINDS.some((option) => option.kind === value);
}

export function isFaultStatus(value: number): value is FaultStatus {
  return (FAULT_STATUSES as readonly number[]).includes(value);
}

export function buildFault(kind: FaultKind, status: FaultStatus, latencyMs: number): MockFault {
  switch (kind) {
    case 'status':
      return { kind, status };
    case 'apply-then-status':
      return { kind, status: status === 502 || status === 503 ? status : 500 };
    case 'latency':
      return { kind, ms: latencyMs };
    default:
      return { kind };
  }
}

export function describeFault(rule: MockFaultRule): string {
  const { fault } = rule;
  const label = FAULT_KINDS.find((option) => option.kind === fault.kind)?.label ?? fault.kind;
  const detail =
    fault.kind === 'status' || fault.kind === 'apply-then-status'
      ? ` ${fault.status}`
      : fault.kind === 'latency'
        ? ` ${fault.ms} ms`
        : '';
  const times = rule.times === undefined ? '' : `, ${rule.times} more ${rule.times === 1 ? 'time' : 'times'}`;
  return `${label}${detail}${times}`;
}
