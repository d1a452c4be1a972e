/**
 * Browser (dev server demo): the backend behind a service worker, on a live clock with a
 * visible write lag. Import it only from development code; the widget build has no MSW.
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend } from './backend.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

/** Cancellation takes this long to be written in the demo, so "Canceling" is visible. */
export const DEMO_WRITE_LAG_MS = 1500;

export async function startMockWorker(options: MockBackendOptions = {}): Promise<MockBackend> {
  const backend = createMockBackend({ clock: 'live', writeLagMs: DEMO_WRITE_LAG_MS, ...options });
  const worker = setupWorker(...backend.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return backend;
}
