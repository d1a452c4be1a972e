/**
 * The bench's store: a `node:http` server on 127.0.0.1 that serves the built widget (`/dist/`),
 * the bench pages (`/bench/`) and the mock VTEX backend (`/api/`, `/_mock/`) through msw's
 * `getResponse()`, answered at once: no mock latency, no write lag, and a GET is computed once
 * and then served from memory until the next write, so the mock's own work (settling and
 * sorting orders in Node) is not part of what the browser waits for. Every request is logged
 * (path, method, when it arrived and was answered), which is how requests per journey are counted.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend, SELLER_APP_KEY, SELLER_APP_TOKEN } from '../mocks/index.ts';
import { fileIn, toFetchRequest } from '../tests/support/node-http-bridge.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface LoggedRequest {
  method: string;
  /** Path and query. */
  url: string;
  /** ms since the server started, when the request arrived and when its answer was written. */
  at: number;
  doneAt: number | null;
}

export interface BenchServer {
  readonly origin: string;
  readonly backend: MockBackend;
  /** Every request since the last `clearLog()`, oldest first. */
  readonly log: readonly LoggedRequest[];
  /** Requests that arrived and are not answered yet. */
  inFlight(): number;
  clearLog(): void;
  /** Runs a request against the backend from Node (seller and control endpoints), not logged. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Forgets memoised answers (after the backend changed from Node). */
  forget(): void;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  distDir: string;
  pagesDir: string;
  /** Orders placed for the main shopper before serving (a long history for page turns). */
  extraOrders?: number;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

async function toAnswer(response: Response): Promise<Answer> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
}

const SELLER_HEADERS = { 'X-VTEX-API-AppKey': SELLER_APP_KEY, 'X-VTEX-API-AppToken': SELLER_APP_TOKEN };

/** A long history: orders placed hours apart, in the three stores' currencies, newest last. */
async function placeHistory(server: Pick<BenchServer, 'call'>, count: number): Promise<void> {
  const currencies = ['BRL', 'USD', 'EUR'] as const;
  for (let index = 0; index < count; index += 1) {
    // 5 h apart: 2,000 orders span about 14 months, inside the list's two years.
    await server.call('POST', '/_mock/clock', { advanceMs: 5 * 3_600_000 });
    const placed = await server.call('POST', '/_mock/orders', {
      shopper: 'main',
      currency: currencies[index % currencies.length],
    });
    if (placed.status !== 201) throw new Error(`placing order ${index} answered ${placed.status}`);
  }
  // Past the payment and the grace period of the newest one: no order changes on its own.
  await server.call('POST', '/_mock/clock', { advanceMs: 3_600_000 });
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const backend = createMockBackend({ clock: 'frozen', writeLagMs: 0 });
  const started = performance.now();
  const log: LoggedRequest[] = [];
  const memo = new Map<string, Answer>();
  let pending = 0;
  let origin = 'http://127.0.0.1';

  const answerApi = async (request: Request): Promise<Answer | null> => {
    const key = `${request.url}\n${request.headers.get('cookie') ?? ''}`;
    if (request.method === 'GET') {
      const known = memo.get(key);
      if (known) return known;
    } else {
      memo.clear();
    }
    const response = await getResponse(backend.handlers, request);
    if (!response) return null;
    const answer = await toAnswer(response);
    if (request.method === 'GET' && answer.status === 200) memo.set(key, answer);
    return answer;
  };

  const serveStatic = async (urlPath: string): Promise<Answer> => {
    const [prefix, root] = urlPath.startsWith('/dist/') ? ['/dist/', options.distDir] : ['/bench/', options.pagesDir];
    const file = urlPath.startsWith(prefix) ? fileIn(root, urlPath.slice(prefix.length)) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body)
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Not found') };
    return {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      },
      body,
    };
  };

  const respond = (out: ServerResponse, answer: Answer): void => {
    out.writeHead(answer.status, answer.headers);
    out.end(answer.body);
  };

  const server = createServer((request, out) => {
    const entry: LoggedRequest = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      at: performance.now() - started,
      doneAt: null,
    };
    log.push(entry);
    pending += 1;
    out.on('close', () => {
      pending -= 1;
      entry.doneAt = performance.now() - started;
    });
    const handle = async (): Promise<void> => {
      const path = new URL(entry.url, origin).pathname;
      if (path === '/favicon.ico') return respond(out, { status: 204, headers: {}, body: Buffer.alloc(0) });
      if (path.startsWith('/api/') || path.startsWith('/_mock/')) {
        const answer = await answerApi(await toFetchRequest(request, origin));
        return respond(out, answer ?? { status: 404, headers: {}, body: Buffer.from('No mock handler') });
      }
      respond(out, await serveStatic(path));
    };
    handle().catch((error: unknown) => {
      if (!out.headersSent) out.writeHead(500, { 'content-type': 'text/plain' });
      out.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const bench: BenchServer = {
    origin,
    backend,
    log,
    inFlight: () => pending,
    clearLog() {
      log.length = 0;
    },
    async call(method, path, body) {
      const request = new Request(new URL(path, origin), {
        method,
        headers: { ...SELLER_HEADERS, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = await answerApi(request);
      if (!answer) throw new Error(`no mock handler for ${method} ${path}`);
      const text = answer.body.toString('utf8');
      return { status: answer.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    forget() {
      memo.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  if (options.extraOrders) await placeHistory(bench, options.extraOrders);
  memo.clear();
  return bench;
}

/**
 * Resolves once no request has been in flight and none has arrived for `quietMs` (the network
 * went silent); how requests are counted per step of a journey, and when a shopper "clicks".
 */
export async function networkQuiet(server: BenchServer, quietMs: number, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  let seen = server.log.length;
  let silentSince = Date.now();
  for (;;) {
    if (server.log.length !== seen || server.inFlight() > 0) {
      seen = server.log.length;
      silentSince = Date.now();
    } else if (Date.now() - silentSince >= quietMs) {
      return;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`the network did not go quiet in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
