/**
 * A tiny seeded PRNG (mulberry32). The fixtures and every id the mock mints come from it,
 * so the same seed replays the same store byte for byte; Math.random is never used.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(choices: readonly T[]): T;
  chance(probability: number): boolean;
  /** `length` uppercase hex digits, like VTEX's ids and receipts. */
  hex(length: number): string;
  digits(length: number): string;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const fromAlphabet = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[int(0, alphabet.length - 1)];
    return out;
  };
  return {
    next,
    int,
    pick<T>(choices: readonly T[]): T {
      const choice = choices[int(0, choices.length - 1)];
      if (choice === undefined) throw new Error('prng.pick: no choices');
      return choice;
    },
    chance: (probability) => next() < probability,
    hex: (length) => fromAlphabet('0123456789ABCDEF', length),
    digits: (length) => fromAlphabet('0123456789', length),
  };
}
