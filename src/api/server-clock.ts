/**
 * Server time from response `Date` headers: shoppers' device clocks are skewed, and countdowns
 * and "N minutes ago" must follow the store's clock (docs/domain.md, "Decisions for the edges", "One clock").
 * `Date` has 1 s resolution, so the estimate is within about a second plus transit time.
 */

export interface ServerClock {
  /** Records a response's `Date` (and `Age`, for a response served from a cache). */
  observe(dateHeader: string | null, ageHeader?: string | null): void;
  /** Server time now, in epoch ms (the device clock until a response has been seen). */
  now(): number;
  /** Server minus device clock, in ms. */
  skewMs(): number;
}

export function createServerClock(deviceNow: () => number = Date.now): ServerClock {
  let skew = 0;
  return {
    observe(dateHeader, ageHeader) {
      const serverDate = dateHeader ? Date.parse(dateHeader) : Number.NaN;
      if (Number.isNaN(serverDate)) return;
      const age = ageHeader && /^\d+$/.test(ageHeader.trim()) ? Number(ageHeader) * 1000 : 0;
      // The latest response wins: the device clock may have been corrected since.
      skew = serverDate + age - deviceNow();
    },
    now: () => deviceNow() + skew,
    skewMs: () => skew,
  };
}
