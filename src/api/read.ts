/**
 * Tiny readers for untrusted JSON: each returns a typed value or null, never throws.
 * VTEX omits or nulls nearly every field, so "absent" is normal, not an error.
 */

export type JsonRecord = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-blank string (trimmed); blank counts as absent. */
export function readText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** An identifier VTEX sends as string or number. */
export function readId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readText(value);
}

/** Integer cents; VTEX sends numbers, some seller-side values arrive as numeric strings. */
export function readCents(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value));
  return null;
}

/** A non-negative integer (quantities, counts, indexes). */
export function readCount(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : null;
}

export function readArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function readRecord(value: unknown): JsonRecord | null {
  return isRecord(value) ? value : null;
}

/**
 * Maps each record of an array, dropping entries that are not objects or that the mapper
 * rejects (returns null); `omitted` counts them so the view can say something is missing.
 */
export function mapRecords<T>(value: unknown, map: (record: JsonRecord) => T | null): { values: T[]; omitted: number } {
  const values: T[] = [];
  let omitted = 0;
  for (const entry of readArray(value)) {
    const mapped = isRecord(entry) ? map(entry) : null;
    if (mapped === null) omitted += 1;
    else values.push(mapped);
  }
  return { values, omitted };
}
