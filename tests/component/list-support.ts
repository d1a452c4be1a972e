/**
 * Shared by the list tests: the mock's own answer read over plain HTTP (the expected rows),
 * the list requests the widget sent, and the order numbers it rendered.
 */
import { within } from '@testing-library/dom';
import type { MockBackend } from '../../mocks/index.ts';
import type { WireOrderList } from '../../src/contract/vtex-orders.ts';
import { normaliseSpaces } from './support/widget-harness.ts';

/** The mock's answer to a list query, read straight over HTTP (not through the widget). */
export async function rawList(query: string): Promise<WireOrderList> {
  // `probe` marks the test's own requests, which the mock ignores and listQueries() skips.
  const response = await fetch(`/api/oms/user/orders?${query}&probe=1`);
  return (await response.json()) as WireOrderList;
}

/** Query strings of the list requests the widget sent to the mock, oldest first. */
export function listQueries(backend: MockBackend): URLSearchParams[] {
  return backend.requests
    .filter((request) => request.endpoint === 'list')
    .map((request) => new URL(request.url).searchParams)
    .filter((query) => !query.has('probe'));
}

export function renderedOrderIds(root: HTMLElement): string[] {
  return within(root)
    .queryAllByRole('article')
    .map((article) =>
      normaliseSpaces(within(article).getByRole('heading', { level: 3 }).textContent).replace(/^Order /, ''),
    );
}
