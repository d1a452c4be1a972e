/** What an order's packages tell about its stage. */

/** The day the last outgoing package arrived, once every one did; null before (or unknown). */
export function deliveredOn(packages: ReadonlyArray<{ type: string; delivered: boolean; deliveredDate: Date | null }>) {
  if (!packagesDelivered(packages)) return null;
  const days = packages.filter((p) => p.type === 'output').map((p) => p.deliveredDate?.getTime() ?? Number.NaN);
  return days.every(Number.isFinite) ? new Date(Math.max(...days)) : null;
}

/** Delivered once there is at least one outgoing package and every one of them arrived. */
export function packagesDelivered(packages: ReadonlyArray<{ type: string; delivered: boolean }>): boolean {
  const outgoing = packages.filter((p) => p.type === 'output');
  return outgoing.length > 0 && outgoing.every((p) => p.delivered);
}
