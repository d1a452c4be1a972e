/**
 * Issue #11, finding 7: the list's footer says only what the widget does. The widget shows every
 * order the store's API lists, however old (VTEX's own example list holds orders from 2016 to
 * 2019), so it must not promise that older orders are left out: how far back the history goes
 * is the store's decision.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { WireOrderList } from '../../src/contract/vtex-orders.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

// A path, not a URL: under happy-dom the global URL is the DOM's, which node:fs does not take.
const SPEC_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../contract/vtex/orders-api.subset.json');
const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
  paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { example: unknown } } } } } }>;
};
const VTEX_LIST = spec.paths['/api/oms/user/orders']!.get.responses[200].content['application/json']
  .example as WireOrderList;

const { server, signIn, renderWidget } = useMockBackend();

const FOOTERS = {
  en: 'The store decides how far back your order history goes.',
  'pt-BR': 'A loja define até quando vai o seu histórico de pedidos.',
  es: 'La tienda decide hasta cuándo llega tu historial de pedidos.',
} as const;

describe('the list footer (finding 7)', () => {
  it.each(Object.entries(FOOTERS))('%s: beside orders years old, it claims no cut-off', async (locale, footer) => {
    server.use(http.get('*/api/oms/user/orders', () => HttpResponse.json(structuredClone(VTEX_LIST))));
    signIn('main');
    const { root, view } = renderWidget({ locale, timeZone: 'UTC' });
    const rows = await view.findAllByRole('article');
    expect(rows).toHaveLength(VTEX_LIST.list.length);
    // The widget shows orders far older than two years as the store lists them.
    const years = [...root.querySelectorAll('.order-row-date time')].map((time) =>
      new Date(time.getAttribute('datetime') ?? '').getUTCFullYear(),
    );
    expect(Math.min(...years)).toBeLessThanOrEqual(2019);

    const note = normaliseSpaces(root.querySelector('.order-list-older')?.textContent);
    expect(note).toBe(footer);
    expect(note).not.toMatch(/two years|2 years|dois anos|dos años/i);
  });
});
