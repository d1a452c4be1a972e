/**
 * The browser tests' store: a `node:http` server on 127.0.0.1 (a free port) that serves the
 * host pages and the built widget as static files, and answers `/api/*` and `/_mock/*` with
 * the mock backend through msw's `getResponse()`, so the browser talks real HTTP with real
 * cookies and headers (no service worker). It logs every request it answered, so scenarios
 * see what a page fetched in every engine (WebDriver classic has no network events).
 */

import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../mocks/index.ts';
import { fileIn, toFetchRequest } from '../support/node-http-bridge.ts';

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

/** The nonce the nonce-based host pages carry (a real store makes a new one per response). */
export const PAGE_NONCE = 'e2e-nonce-4c1f0a';

/**
 * A store with a nonce-based policy: every script needs the nonce (no `'strict-dynamic'`, so
 * the parts load only if the widget gives them its tag's nonce), and so does every `<style>`.
 */
export const NONCE_CSP = `default-src 'self'; script-src 'nonce-${PAGE_NONCE}'; style-src 'nonce-${PAGE_NONCE}'; img-src 'self' https://*.vteximg.com.br https://*.vtexassets.com`;

/** Headers a host page is served with, by path: each policy is the point of one scenario. */
export const PAGE_HEADERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/pages/strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
  '/pages/trusted-types.html': { 'Content-Security-Policy': TRUSTED_TYPES_CSP },
  '/pages/nonce.html': { 'Content-Security-Policy': NONCE_CSP },
  '/pages/nonce-style-element.html': { 'Content-Security-Policy': NONCE_CSP },
};

/**
 * What host pages carry in place of the script's hash: the server puts in the build's
 * (dist/my-orders.sri.txt), as a store pasting it from the release would.
 */
export const SRI_PLACEHOLDER = 'sha384-FROM-THE-BUILD';

/** Test helpers the server hands out beside the pages (never part of a store). */
const TEST_FILES: Readonly<Record<string, string>> = {
  '/_test/axe.min.js': createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
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

export interface LoggedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  status: number;
  /** The response headers, names in lower case. */
  headers: Record<string, string>;
}

export interface StoreServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly backend: MockBackend;
  /** Every request answered since the last reset, in order. */
  readonly requests: LoggedRequest[];
  /** API or control requests no handler answered (each one is a defect in a scenario). */
  readonly unhandled: string[];
  /** Requests for static files that do not exist. */
  readonly missing: string[];
  /** A fresh backend state for the next scenario. */
  reset(): void;
  close(): Promise<void>;
}

async function sendFetchResponse(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  writeHead(out, response.status, headers);
  out.end(body);
}

/** `writeHead` through `setHeader`, so the request log can read what was sent (`getHeaders()`). */
function writeHead(out: ServerResponse, status: number, headers: Record<string, string | string[]> = {}): void {
  for (const [name, value] of Object.entries(headers)) out.setHeader(name, value);
  out.writeHead(status);
}

function lowerCaseHeaders(out: ServerResponse): Record<string, string> {
  return Object.fromEntries(
    Object.entries(out.getHeaders()).map(([name, value]) => [
      name.toLowerCase(),
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
}

export async function startStoreServer(options: StoreServerOptions): Promise<StoreServer> {
  // The mock's live clock and a write lag a shopper can see, as in the demo.
  const backend = createMockBackend({ clock: 'live', writeLagMs: 1000 });
  const unhandled: string[] = [];
  const missing: string[] = [];
  const requests: LoggedRequest[] = [];
  let origin = '';

  const serveStatic = async (urlPath: string, out: ServerResponse): Promise<void> => {
    const testFile = TEST_FILES[urlPath];
    if (testFile) {
      writeHead(out, 200, { 'Content-Type': CONTENT_TYPES['.js'] ?? 'text/javascript', 'Cache-Control': 'no-store' });
      out.end(await readFile(testFile));
      return;
    }
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
        : read && prefix === '/pages/' && read.includes(SRI_PLACEHOLDER)
          ? await withBuildIntegrity(read)
          : read;
    if (!file || !body) {
      missing.push(urlPath);
      writeHead(out, 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      out.end('Not found');
      return;
    }
    writeHead(out, 200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...PAGE_HEADERS[urlPath],
    });
    out.end(body);
  };

  const withBuildIntegrity = async (page: Buffer): Promise<Buffer> => {
    const integrity = (await readFile(join(options.distDir, 'my-orders.sri.txt'), 'utf8')).trim();
    return Buffer.from(page.toString('utf8').replaceAll(SRI_PLACEHOLDER, integrity));
  };

  const server = createServer((request, out) => {
    out.once('finish', () => {
      requests.push({
        method: request.method ?? 'GET',
        path: new URL(request.url ?? '/', origin).pathname,
        status: out.statusCode,
        headers: lowerCaseHeaders(out),
      });
    });
    const handle = async (): Promise<void> => {
      const url = new URL(request.url ?? '/', origin);
      if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/_mock/')) {
        const fetchRequest = await toFetchRequest(request, origin);
        const response = await getResponse(backend.handlers, fetchRequest);
        if (response) return sendFetchResponse(response, out);
        unhandled.push(`${request.method} ${url.pathname}${url.search}`);
        writeHead(out, 404, { 'Content-Type': 'text/plain; charset=utf-8' });
        out.end('No mock handler');
        return;
      }
      if (url.pathname === '/favicon.ico') {
        writeHead(out, 204);
        out.end();
        return;
      }
      await serveStatic(url.pathname, out);
    };
    handle().catch((error: unknown) => {
      unhandled.push(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!out.headersSent) writeHead(out, 500, { 'Content-Type': 'text/plain; charset=utf-8' });
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
    requests,
    unhandled,
    missing,
    reset() {
      backend.reset();
      unhandled.length = 0;
      missing.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
