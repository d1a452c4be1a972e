/**
 * Computed styles of named widget elements, to compare the widget on a hostile host with the
 * same widget on a plain one. Widths are left out: they follow the host's layout.
 */
import type { TestPage } from './driver/page.ts';

export const COMPARED_PROPERTIES = [
  'display',
  'position',
  'visibility',
  'opacity',
  'box-sizing',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'list-style-type',
  'min-height',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-bottom',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-top-left-radius',
  'cursor',
] as const;

/** name -> selector inside the widget's shadow root (first match). */
export type NamedElements = Readonly<Record<string, string>>;

export type StyleSnapshot = Record<string, Record<string, string> | null>;

export function snapshotStyles(
  page: TestPage,
  elements: NamedElements,
  hostSelector = 'my-orders',
): Promise<StyleSnapshot> {
  return page.evaluate(
    ({ elements: named, properties, hostSelector: host }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const snapshot: Record<string, Record<string, string> | null> = {};
      for (const [name, selector] of Object.entries(named)) {
        const element = selector === ':host' ? document.querySelector(host) : root?.querySelector(selector);
        if (!element) {
          snapshot[name] = null;
          continue;
        }
        const style = getComputedStyle(element);
        snapshot[name] = Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
      }
      return snapshot;
    },
    { elements, properties: [...COMPARED_PROPERTIES], hostSelector },
  );
}

/** Every difference, one line each: `element property: plain -> hostile`. */
export function styleDifferences(plain: StyleSnapshot, other: StyleSnapshot): string[] {
  const lines: string[] = [];
  for (const [name, expected] of Object.entries(plain)) {
    const actual = other[name];
    if (!expected || !actual) {
      lines.push(`${name}: ${expected ? 'missing on the hostile host' : 'missing on the plain host'}`);
      continue;
    }
    for (const [property, value] of Object.entries(expected)) {
      if (actual[property] !== value) lines.push(`${name} ${property}: ${value} -> ${actual[property]}`);
    }
  }
  return lines;
}
