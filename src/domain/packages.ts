/** What an order's packages tell about its stage. */

/** Delivered once there is at least one outgoing package and every one of them arrived. */
export function packagesDelivered(packages: ReadonlyArray<{ type: string; delivered: boolean }>): boolean {
  const outgoing = packages.filter((p) => p.type === 'output');
  return outgoing.length > 0 && outgoing.every((p) => p.delivered);
}
