/** Readers only the order's own mapping needs (the list's is in read.ts): flags, and fields VTEX spells two ways. */
import type { JsonRecord } from './read.ts';

export function readFlag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** The first present field among spellings (`CancellationDate` / `cancellationDate`). */
export function pick(record: JsonRecord, ...names: string[]): unknown {
  for (const name of names) {
    if (Object.hasOwn(record, name) && record[name] !== undefined && record[name] !== null) return record[name];
  }
  return undefined;
}
