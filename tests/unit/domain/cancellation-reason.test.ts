import { describe, expect, test } from 'vitest';
import { validateCancellationReason } from '../../../src/domain/index.ts';

describe('validateCancellationReason', () => {
  test('trims and accepts 1 to 500 code points', () => {
    expect(validateCancellationReason('  Bought by mistake \n')).toEqual({ ok: true, reason: 'Bought by mistake' });
    expect(validateCancellationReason('x')).toEqual({ ok: true, reason: 'x' });
    expect(validateCancellationReason('a'.repeat(500))).toMatchObject({ ok: true });
  });

  test('empty or blank is refused', () => {
    expect(validateCancellationReason('')).toEqual({ ok: false, error: 'empty', length: 0 });
    expect(validateCancellationReason(' \t\n ')).toEqual({ ok: false, error: 'empty', length: 0 });
    expect(validateCancellationReason(null)).toEqual({ ok: false, error: 'empty', length: 0 });
  });

  test('501 code points is too long', () => {
    expect(validateCancellationReason('a'.repeat(501))).toEqual({ ok: false, error: 'too-long', length: 501 });
  });

  test('counts code points, not UTF-16 units: 500 emoji fit, 501 do not', () => {
    expect('😀'.repeat(500).length).toBe(1000);
    expect(validateCancellationReason('😀'.repeat(500))).toMatchObject({ ok: true });
    expect(validateCancellationReason('😀'.repeat(501))).toEqual({ ok: false, error: 'too-long', length: 501 });
  });
});
