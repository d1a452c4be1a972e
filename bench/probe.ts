/**
 * The Node side of bench/pages/probe.js (the in-page probe every measured page gets): its
 * types, and the conditions the runner waits for, which run inside the page.
 */
import type { Page } from 'playwright-core';

/** ms since the page's navigation started (performance.now()). */
export interface Timing {
  /** The DOM met the condition. */
  domAt: number;
  /** The next animation frame began. */
  frameAt: number;
  /** The task after that frame: it has been drawn. */
  paintAt: number;
}

export interface RecordCounts {
  total: number;
  /** Records whose target is not inside the "updated" stamp (`.order-list-updated`). */
  outsideStamp: number;
  childList: number;
  attributes: number;
  characterData: number;
}

export interface BenchProbe {
  roots: ShadowRoot[];
  milestone(name: 'list'): Promise<Timing>;
  until(condition: (roots: readonly ShadowRoot[]) => boolean): Promise<Timing>;
  records(): RecordCounts;
  resetRecords(): void;
  frames(count: number): Promise<void>;
  find(selector: string): Element | null;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export const PROBE_SCRIPT = new URL('./pages/probe.js', import.meta.url);

/** Clicks in the page and waits (in the page) until the condition holds and was painted. */
export interface ClickResult {
  clickedAt: number;
  timing: Timing;
  records: RecordCounts;
}

export type Condition =
  | { kind: 'detail'; orderId: string }
  | { kind: 'list' }
  | { kind: 'page'; firstId: string; lastId: string; rows: number }
  | { kind: 'row-stage'; orderId: string; stage: string }
  | { kind: 'selector'; selector: string };

/** The condition as a check over the page's shadow roots (runs in the page: self-contained). */
function holds(roots: readonly ShadowRoot[], condition: Condition): boolean {
  return roots.some((root) => {
    switch (condition.kind) {
      case 'detail':
        return (
          (root.querySelector('.detail-heading')?.textContent ?? '').includes(condition.orderId) &&
          root.querySelector('.cancel-section') !== null &&
          root.querySelector('.detail-payment') !== null
        );
      case 'list':
        return root.querySelectorAll('.order-row-open').length >= 15 && root.querySelector('.order-detail') === null;
      case 'page': {
        const rows = root.querySelectorAll<HTMLElement>('.order-row-open');
        return (
          rows.length === condition.rows &&
          rows[0]?.dataset.orderId === condition.firstId &&
          rows[rows.length - 1]?.dataset.orderId === condition.lastId &&
          root.querySelector('[aria-busy="true"]') === null
        );
      }
      case 'row-stage': {
        const button = [...root.querySelectorAll<HTMLElement>('.order-row-open')].find(
          (one) => one.dataset.orderId === condition.orderId,
        );
        return button?.closest('.order-row')?.querySelector(`[data-stage="${condition.stage}"]`) != null;
      }
      case 'selector':
        return root.querySelector(condition.selector) !== null;
    }
    return false;
  });
}

/** Waits in the page for a condition that may already hold. */
export function waitFor(page: Page, condition: Condition): Promise<Timing> {
  return page.evaluate(
    ({ source, condition }) => {
      const check = new Function('roots', 'condition', `return (${source})(roots, condition);`) as (
        roots: readonly ShadowRoot[],
        condition: unknown,
      ) => boolean;
      return window.__bench.until((roots) => check(roots, condition));
    },
    { source: holds.toString(), condition },
  );
}

/**
 * Clicks the first element matching `selector` inside the shadow roots (the order given by
 * `nth`), in the page (no pointer: nothing is hovered first), then waits for the condition,
 * counting mutation records from the click until two frames after it held.
 */
export function clickAndWait(page: Page, selector: string, condition: Condition, nth = 0): Promise<ClickResult> {
  return page.evaluate(
    async ({ source, selector, condition, nth }) => {
      const check = new Function('roots', 'condition', `return (${source})(roots, condition);`) as (
        roots: readonly ShadowRoot[],
        condition: unknown,
      ) => boolean;
      const probe = window.__bench;
      const target = probe.roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)])[nth];
      if (!target) throw new Error(`nothing matches ${selector} (#${nth})`);
      probe.resetRecords();
      const clickedAt = performance.now();
      target.click();
      const timing = await probe.until((roots) => check(roots, condition));
      await probe.frames(2);
      return { clickedAt, timing, records: probe.records() };
    },
    { source: holds.toString(), selector, condition, nth },
  );
}
