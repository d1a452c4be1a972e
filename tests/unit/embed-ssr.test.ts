/**
 * The ES module entry is safe to import during server-side rendering: importing it reads no
 * browser global and adds no global. Its version is the package's.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// `window` stays undefined, as on a server: reading it unguarded would throw and fail the import
// (@preact/signals' `typeof window` devtools probe is guarded). The rest record any read.
const BROWSER_GLOBALS = ['document', 'customElements', 'HTMLElement', 'location', 'history', 'CSSStyleSheet'] as const;

const installed: string[] = [];
afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

describe('importing my-orders on a server', () => {
  it('touches no browser global and adds none', async () => {
    expect(typeof window).toBe('undefined');
    const touched: string[] = [];
    for (const name of BROWSER_GLOBALS) {
      expect(name in globalThis, `${name} already exists in this environment`).toBe(false);
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return undefined;
        },
      });
      installed.push(name);
    }
    const before = new Set(Object.getOwnPropertyNames(globalThis));

    const entry = await import('../../src/index.ts');

    expect(touched).toEqual([]);
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))).toEqual([]);
    expect(typeof entry.mount).toBe('function');
    expect(typeof entry.defineMyOrdersElement).toBe('function');
  });

  it('reports the package’s version', async () => {
    const { version } = await import('../../src/index.ts');
    const packageJson = JSON.parse(
      readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8'),
    ) as { version: string };
    expect(version).toBe(packageJson.version);
  });
});
