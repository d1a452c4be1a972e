/**
 * What serving the mock over real HTTP needs, shared by the browser tests' store server
 * (tests/e2e/server.ts) and the bench's (bench/server.ts): a Node request as a fetch `Request`
 * (every header, the cookie included), and a file path that cannot leave its folder.
 */
import type { IncomingMessage } from 'node:http';
import { join, normalize, sep } from 'node:path';

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The node request as a fetch `Request`, with every header (the cookie included). */
export async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  return new Request(new URL(request.url ?? '/', origin), { method, headers, body });
}

/** A path inside `root`, or null when the URL tries to leave it. */
export function fileIn(root: string, urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}
