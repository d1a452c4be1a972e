/**
 * URLs in orders come from sellers and carriers: only http(s) may become a link or an image.
 * The URL parser (not a regex) decides, so tricks like `java\tscript:` or `JaVaScRiPt:` fail.
 */

/** Only the origin of the base counts: `/p` resolves to the store's root, not a sub-path. */
function httpBase(base: string | null | undefined): string | null {
  if (!base) return null;
  try {
    const url = new URL(base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

// Stands in for "no base": anything that resolves onto it was relative.
const NO_BASE = 'https://no-base.invalid';

/**
 * @param base the store origin: relative (`/shoe/p`) and protocol-relative (`//cdn/x.jpg`)
 *   values resolve against it. Without a base, relative values are refused and
 *   protocol-relative ones are read as https.
 * @returns the normalised absolute http(s) URL, or null.
 */
export function safeHttpUrl(raw: unknown, base?: string | null): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value, httpBase(base) ?? NO_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin === NO_BASE) return null;
  return url.href;
}
