import { describe, expect, test } from 'vitest';
import { graceWindow } from '../../../src/domain/index.ts';

const approved = new Date('2026-06-15T12:00:00Z');
const at = (minutes: number) => approved.getTime() + minutes * 60_000;

describe('graceWindow', () => {
  test('inside the window: time left until approval + grace period', () => {
    expect(graceWindow(approved, 30, at(10))).toEqual({
      insideWindow: true,
      endsAt: new Date('2026-06-15T12:30:00Z'),
      remainingMs: 20 * 60_000,
    });
  });

  test('one millisecond before the end is still inside; the end instant is outside', () => {
    expect(graceWindow(approved, 30, at(30) - 1)).toMatchObject({ insideWindow: true, remainingMs: 1 });
    expect(graceWindow(approved, 30, at(30))).toMatchObject({ insideWindow: false, remainingMs: 0 });
    expect(graceWindow(approved, 30, at(45))).toMatchObject({ insideWindow: false, remainingMs: 0 });
  });

  test('a server now slightly before approval never shows more than the whole period', () => {
    expect(graceWindow(approved, 30, at(-1))).toMatchObject({ insideWindow: true, remainingMs: 30 * 60_000 });
  });

  test('no usable approval date: no window', () => {
    expect(graceWindow(null, 30, at(0))).toEqual({ insideWindow: false, endsAt: null, remainingMs: 0 });
    expect(graceWindow(new Date(Number.NaN), 30, at(0))).toEqual({ insideWindow: false, endsAt: null, remainingMs: 0 });
  });

  test('a zero-minute grace period is never open', () => {
    expect(graceWindow(approved, 0, at(0))).toMatchObject({ insideWindow: false, remainingMs: 0 });
  });
});
