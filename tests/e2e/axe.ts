/**
 * axe-core in the page: loaded from node_modules by a script element (the store server hands
 * it out as `/_test/axe.min.js`; only on pages without a strict CSP), run on the whole
 * document with the WCAG 2.0/2.1/2.2 A and AA tags. axe scans open shadow roots by default;
 * the counts below prove that it did. The same in every engine.
 */
import { createRequire } from 'node:module';
import type { TestPage } from './driver/page.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Rules switched off, each with the reason why. Empty: nothing is switched off. A rule may be
 * added here only with a reason a reviewer can check.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {};

const require = createRequire(import.meta.url);

export function axeVersion(): string {
  return (require('axe-core/package.json') as { version: string }).version;
}

export interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  /** Rules that passed on at least one node. */
  passedRules: number;
  /** Nodes that passed a rule and live inside a shadow root. */
  shadowPassNodes: number;
  /** Rules that passed on at least one node inside a shadow root. */
  shadowPassRules: string[];
  /**
   * Text drawn in its background's colour: axe files a 1:1 contrast under "needs review"
   * (it might be deliberately hidden), but in the widget it is text nobody can read.
   */
  invisibleText: AxeNode[];
  /** Rules axe could not decide ("needs review"), with node counts, for the log. */
  needsReview: string[];
}

/** Waits for finite CSS animations and transitions (colour contrast is read from the screen). */
async function settle(page: TestPage): Promise<void> {
  await page.evaluate(async () => {
    const running = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    return true;
  }, null);
}

/** Adds axe's script element once per document and waits until it ran. */
async function inject(page: TestPage): Promise<void> {
  const loaded = await page.evaluate(
    () =>
      'axe' in window ||
      new Promise<boolean>((resolve) => {
        const script = document.createElement('script');
        script.src = '/_test/axe.min.js';
        script.addEventListener('load', () => resolve(true));
        script.addEventListener('error', () => resolve(false));
        document.head.append(script);
      }),
    null,
  );
  if (!loaded) throw new Error('axe-core did not load from /_test/axe.min.js');
}

export async function runAxe(page: TestPage): Promise<AxeSummary> {
  await inject(page);
  await settle(page);
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }]));
  return page.evaluate(
    async ({ tags, rules: ruleOptions }) => {
      type Target = string | string[];
      type Check = { data?: { messageKey?: string; fgColor?: string; bgColor?: string } | null };
      type Node = { target: Target[]; html: string; failureSummary?: string; any?: Check[] };
      type Result = { id: string; impact?: string | null; help: string; nodes: Node[] };
      type Results = { violations: Result[]; passes: Result[]; incomplete: Result[] };
      const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<Results> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: ruleOptions });
      const inShadow = (node: Node): boolean => Array.isArray(node.target[0]);
      const shadowPasses = results.passes.filter((rule) => rule.nodes.some(inShadow));
      const describeNode = (node: Node, summary: string) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
        html: node.html.slice(0, 200),
        summary: summary.replace(/\s+/g, ' ').slice(0, 300),
      });
      const equalRatio = results.incomplete
        .filter((rule) => rule.id === 'color-contrast')
        .flatMap((rule) => rule.nodes)
        .filter((node) => node.any?.some((check) => check.data?.messageKey === 'equalRatio'));
      return {
        violations: results.violations.map((rule) => ({
          id: rule.id,
          impact: rule.impact ?? null,
          help: rule.help,
          nodes: rule.nodes.map((node) => describeNode(node, node.failureSummary ?? '')),
        })),
        invisibleText: equalRatio.map((node) => {
          const data = node.any?.find((check) => check.data?.messageKey === 'equalRatio')?.data;
          return describeNode(node, `text ${data?.fgColor ?? '?'} on background ${data?.bgColor ?? '?'} (1:1)`);
        }),
        needsReview: results.incomplete.map((rule) => `${rule.id} (${rule.nodes.length})`),
        passedRules: results.passes.length,
        shadowPassNodes: results.passes.reduce((sum, rule) => sum + rule.nodes.filter(inShadow).length, 0),
        shadowPassRules: shadowPasses.map((rule) => rule.id),
      };
    },
    { tags: [...WCAG_TAGS], rules },
  );
}

export function describeNodes(nodes: readonly AxeNode[]): string {
  return nodes.map((node) => `    at ${node.target}\n      ${node.html}\n      ${node.summary}`).join('\n');
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = [describeNodes(violation.nodes.slice(0, 3))];
      const more = violation.nodes.length > 3 ? [`    (${violation.nodes.length - 3} more nodes)`] : [];
      return [`  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`, ...nodes, ...more].join(
        '\n',
      );
    })
    .join('\n');
}
