/** Node (tests): the backend behind msw's `setupServer`. The caller listens and closes. */
import { type SetupServer, setupServer } from 'msw/node';
import { createMockBackend } from './backend.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

export interface MockServer {
  backend: MockBackend;
  server: SetupServer;
}

export function createMockServer(options: MockBackendOptions = {}): MockServer {
  const backend = createMockBackend(options);
  return { backend, server: setupServer(...backend.handlers) };
}
