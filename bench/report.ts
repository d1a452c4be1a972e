/** The table `npm run bench` prints: each figure with its goal beside it. */

export interface Figure {
  id: string;
  measure: string;
  /** The widget's figure (median, or a count). */
  widget: string;
  /** The hand-written page's (or the floor's) figure, when there is one. */
  baseline: string;
  /** The ratio widget / baseline, median [IQR] of the per-pair ratios, when there is one. */
  ratio: string;
  goal: string;
  /** Undefined: a figure recorded without a goal. */
  met?: boolean;
}

export function formatTable(figures: readonly Figure[]): string {
  const header: Figure = {
    id: '',
    measure: 'measure',
    widget: 'widget',
    baseline: 'hand-written / floor',
    ratio: 'ratio [IQR]',
    goal: 'goal',
  };
  const columns = ['measure', 'widget', 'baseline', 'ratio', 'goal'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...figures].map((figure) => figure[column].length)));
  const line = (figure: Figure, met: string) =>
    `${columns.map((column, index) => figure[column].padEnd(widths[index] ?? 0)).join(' | ')} | ${met}`;
  const rule = `${widths.map((width) => '-'.repeat(width)).join('-|-')}-|-----`;
  return [
    line(header, 'met'),
    rule,
    ...figures.map((figure) => line(figure, figure.met === undefined ? '' : figure.met ? 'yes' : 'NO')),
  ].join('\n');
}

export const ms = (value: number): string => `${value.toFixed(0)} ms`;
export const times = (value: number): string => value.toFixed(2);
export const bytes = (value: number): string => `${value.toLocaleString('en')} B`;
