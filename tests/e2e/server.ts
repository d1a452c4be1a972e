/**
 * The browser tests' store: a `node:http` server on 127.0.0.1 (a free port) that serves the
 * host pages and the built widget as static files, and answers `/api/*` and `/_mock/*` with
 * the mock backend through msw's `getResponse()`, so the browser talks real HTTP with real
 * cookies and headers (no service worker).
 */

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../mocks/index.ts';

/**
 * Strict for the widget's own code (no unsafe-inline, no unsafe-eval); img-src names the
 * product-image hosts, as the README tells stores to: pictures are the orders' data.
 */
export const STRICT_CSP = "default-src 'self'; img-src 'self' https://*.vteximg.com.br https://*.vtexassets.com";

/**
 * `dist/` again, as a compromised CDN would serve it: every lazy part (`parts/*.js`) gets one
 * byte more, the script itself is intact. A store pinning the script must see the part refused
 * (scenarios/sri-chain.ts).
 */
export const TAMPERED_DIST = '/tampered/dist/';

/** A page that enforces Trusted Types: a script's `src` must be a TrustedScriptURL. */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'";

/** Headers a host page is served with, by path: each policy is the point of one scenario. */
export const PAGE_HEADERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/pages/strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
  '/pages/trusted-types.html': { 'Content-Security-Policy': TRUSTED_TYPES_CSP },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StoreServerOptions {
  /** Folder with the host pages, served under `/pages/`. */
  pagesDir: string;
  /** Folder with the built widget, served under `/dist/`. */
  distDir: string;
}

export interface StoreServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly backend: MockBackend;
  /** API or control requests no handler answered (each one is a defect in a scenario). */
  readonly unhandled: string[];
  /** Requests for static files that do not exist. */
  readonly missing: string[];
  /** A fresh backend state for the next scenario. */
  reset(): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The node request as a fetch `Request`, with every header (the cookie included). */
async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  return new Request(new URL(request.url ?? '/', origin), { method, headers, body });
}

async function sendFetchResponse(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  out.writeHead(response.status, headers);
  out.end(Buffer.from(await response.arrayBuffer()));
}

/** A path inside `root`, or null when the URL tries to leave it. */
function fileIn(root: string, urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

export async function startStoreServer(options: StoreServerOptions): Promise<StoreServer> {
  // The mock's live clock and a write lag a shopper can see, as in the demo.
  const backend = createMockBackend({ clock: 'live', writeLagMs: 1000 });
  const unhandled: string[] = [];
  const missing: string[] = [];
  let origin = '';

  const serveStatic = async (urlPath: string, out: ServerResponse): Promise<void> => {
    const tampered = urlPath.startsWith(TAMPERED_DIST);
    const [prefix, root] = tampered
      ? [TAMPERED_DIST, options.distDir]
      : urlPath.startsWith('/dist/')
        ? ['/dist/', options.distDir]
        : ['/pages/', options.pagesDir];
    const file = urlPath.startsWith(prefix) ? fileIn(root, urlPath.slice(prefix.length)) : null;
    const read = file ? await readFile(file).catch(() => null) : null;
    const body =
      read && tampered && /^parts\/[^/]+\.js$/.test(urlPath.slice(prefix.length))
        ? Buffer.concat([read, Buffer.from('\n')])
        : read;
    if (!file || !body) {
      missing.push(urlPath);
      out.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      out.end('Not found');
      return;
    }
    out.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...PAGE_HEADERS[urlPath],
    });
    out.end(body);
  };

  const server = createServer((request, out) => {
    const handle = async (): Promise<void> => {
      const url = new URL(request.url ?? '/', origin);
      if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/_mock/')) {
        const fetchRequest = await toFetchRequest(request, origin);
        const response = await getResponse(backend.handlers, fetchRequest);
        if (response) return sendFetchResponse(response, out);
        unhandled.push(`${request.method} ${url.pathname}${url.search}`);
        out.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        out.end('No mock handler');
        return;
      }
      if (url.pathname === '/favicon.ico') {
        out.writeHead(204);
        out.end();
        return;
      }
      await serveStatic(url.pathname, out);
    };
    handle().catch((error: unknown) => {
      unhandled.push(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!out.headersSent) out.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      out.end('Server error');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    backend,
    unhandled,
    missing,
    reset() {
      backend.reset();
      unhandled.length = 0;
      missing.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
