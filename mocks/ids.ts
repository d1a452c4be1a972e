/** Ids the mock mints, all from the seeded PRNG so a replay mints the same ones. */
import type { Prng } from './prng.ts';

export function mintUuid(prng: Prng): string {
  const hex = prng.hex(32).toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** VTEX receipts are 32 lowercase hex digits. */
export function mintReceipt(prng: Prng): string {
  return prng.hex(32).toLowerCase();
}

/** A 13-digit order group like VTEX's `1172452900788`. */
export function mintOrderGroup(prng: Prng, taken: ReadonlySet<string>): string {
  for (;;) {
    const group = `${prng.int(1, 9)}${prng.digits(12)}`;
    if (!taken.has(group)) return group;
  }
}
