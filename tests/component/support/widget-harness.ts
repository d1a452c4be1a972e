/**
 * Renders the real widget (mount: shadow root, real ky client) against the mock VTEX backend
 * over MSW, signed in as one of the mock's shoppers. Import it once per test file: it owns
 * that file's MSW server and cleans up after every test.
 */

import { within } from '@testing-library/dom';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockBackend } from '../../../mocks/index.ts';
import { type MockBackendOptions, SESSION_COOKIE } from '../../../mocks/types.ts';
import type { MyOrdersOptions } from '../../../src/embed/options.ts';
import { loadDeepLinkPart, loadOrderPart } from '../../../src/embed/parts.ts';
import { type MyOrdersHandle, mount } from '../../../src/embed/widget-mount.tsx';

export function useMockBackend(options: MockBackendOptions = {}) {
  const backend = createMockBackend({ seed: 1, writeLagMs: 0, ...options });
  const server = setupServer(...backend.handlers);
  const mounted: Array<{ host: HTMLElement; handle: MyOrdersHandle }> = [];

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    // The order view and the deep-link sync are imported on demand. Compiling them takes real time, which fake timers
    // cannot advance: load them once here, so using them waits on promises only.
    // (Loading it late, and failing to, is tested in order-part.test.tsx and in Chromium.)
    // A file that makes them fail on purpose sees its failure later, where it asks for it.
    await Promise.all([loadOrderPart(), loadDeepLinkPart()]).catch(() => undefined);
  });
  afterEach(() => {
    for (const { host, handle } of mounted.splice(0)) {
      handle.destroy();
      host.remove();
    }
    signIn(null);
    server.resetHandlers();
    backend.reset(options.seed ?? 1);
  });
  afterAll(() => server.close());

  /** Sets (or clears) the session cookie the way a store's login does. */
  function signIn(shopper: 'main' | 'second' | 'empty' | null): void {
    const expired = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';
    document.cookie =
      shopper === null
        ? `${SESSION_COOKIE}=; path=/; ${expired}`
        : `${SESSION_COOKIE}=${backend.shoppers[shopper].sessionToken}; path=/`;
  }

  function renderWidget(widgetOptions: MyOrdersOptions = {}) {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = mount(host, widgetOptions);
    mounted.push({ host, handle });
    const root = host.shadowRoot as unknown as HTMLElement;
    return { host, handle, root, view: within(root) };
  }

  return { backend, server, signIn, renderWidget };
}

/** Intl uses no-break spaces in money and dates; tests compare with plain spaces. */
export function normaliseSpaces(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
