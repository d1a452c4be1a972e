/**
 * Debian's Chromium for the bench, and one fresh context per sample: its own cache and
 * cookies, the CPU throttled through CDP before the page loads, product images answered at
 * once (CDP Fetch, only for the image hosts: every other request goes to the bench server
 * untouched), and the probe added before the page's own scripts.
 */
import { spawnSync } from 'node:child_process';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/driver/chromium.ts';
import { PROBE_SCRIPT } from './probe.ts';

/** The browser tests' flags for Debian's Chromium, and a forced GC between heap readings (gc() is a spare). */
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

export function chromiumPath(): string {
  const found = spawnSync('/bin/sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const path = found.stdout?.trim() ?? '';
  if (found.status !== 0 || path === '') {
    throw new Error('Chromium is not installed. Run as root: apt-get update && apt-get install -y chromium');
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: BENCH_CHROMIUM_ARGS });
}

/** A 1x1 PNG: what the image hosts answer, at once. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const IMAGE_HOSTS = ['https://*.vteximg.com.br/*', 'https://*.vtexassets.com/*'];

export interface Sample {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export interface SampleOptions {
  /** CPU slowdown (1 = none). */
  cpuRate: number;
  /** Add the probe (bench/pages/probe.js) before the page's scripts. Default true. */
  probe?: boolean;
}

export async function openSample(browser: Browser, options: SampleOptions): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (options.probe !== false) await context.addInitScript({ path: PROBE_SCRIPT.pathname });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  cdp.on('Fetch.requestPaused', (event) => {
    void cdp
      .send('Fetch.fulfillRequest', {
        requestId: event.requestId,
        responseCode: 200,
        responseHeaders: [
          { name: 'Content-Type', value: 'image/png' },
          { name: 'Cache-Control', value: 'no-store' },
        ],
        body: PIXEL_PNG,
      })
      .catch(() => {});
  });
  await cdp.send('Fetch.enable', { patterns: IMAGE_HOSTS.map((urlPattern) => ({ urlPattern })) });
  return {
    context,
    page,
    cdp,
    close: () => context.close(),
  };
}

/** Two forced collections (the second clears what the first's finalisers freed). */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}
