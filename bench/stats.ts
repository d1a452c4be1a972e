/** Medians and quartiles of raw samples, and the ratios the table shows. */

export interface Summary {
  n: number;
  median: number;
  q1: number;
  q3: number;
}

/** The q-quantile of sorted values, linear between the two nearest ranks (type 7, as R and numpy). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** Widget over baseline for each interleaved pair (the same sample index ran back to back). */
export function pairRatios(widget: readonly number[], baseline: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let index = 0; index < Math.min(widget.length, baseline.length); index += 1) {
    const a = widget[index];
    const b = baseline[index];
    if (a !== undefined && b !== undefined && b > 0) ratios.push(a / b);
  }
  return ratios;
}

export interface Comparison {
  widget: Summary;
  baseline: Summary;
  /** The figure of the table: the median of the per-pair ratios, with their quartiles. */
  ratio: Summary;
  /** Widget median over baseline median, for reference. */
  ratioOfMedians: number;
}

export function compare(widget: readonly number[], baseline: readonly number[]): Comparison {
  const a = summarise(widget);
  const b = summarise(baseline);
  return {
    widget: a,
    baseline: b,
    ratio: summarise(pairRatios(widget, baseline)),
    ratioOfMedians: a.median / b.median,
  };
}
