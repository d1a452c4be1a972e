/**
 * What a scenario gets: the shared browser, the store server (reset before it starts), the
 * seller, and `open()` for a host page in a browser context of its own, which collects the
 * page's uncaught errors and the widget's events.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { ScenarioContext } from './harness.ts';
import { assert } from './harness.ts';
import { type Seller, sellerFor } from './seller.ts';
import type { StoreServer } from './server.ts';
import { recordWidgetEvents } from './widget.ts';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const NARROW = { width: 360, height: 740 } as const;

/** Long enough for a seller decision to reach the widget: its first poll waits 5 s. */
export const DECISION_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 15_000;

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors of the page, as text. */
  errors: string[];
  /** The host page's own response headers. */
  headers: Record<string, string>;
}

/** Item images come from sellers' CDNs: the test answers them with a placeholder, offline. */
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#c8ccd2"/></svg>';

export interface ScenarioEnv {
  server: StoreServer;
  seller: Seller;
  /** Opens `/pages/<name>` in a new browser context. `beforeLoad` runs before navigation. */
  open(
    name: string,
    options?: BrowserContextOptions,
    beforeLoad?: (context: BrowserContext) => Promise<void>,
  ): Promise<OpenedPage>;
}

export type Scenario = (env: ScenarioEnv, s: ScenarioContext) => Promise<void>;

export interface ScenarioSession {
  env: ScenarioEnv;
  /** The checks every scenario ends with: no page errors, every request answered. */
  finish(s: ScenarioContext): Promise<void>;
  close(): Promise<void>;
}

export function startScenario(browser: Browser, server: StoreServer): ScenarioSession {
  server.reset();
  const contexts: BrowserContext[] = [];
  const opened: OpenedPage[] = [];
  /** Requests for anything but images that tried to leave the test server. */
  const external: string[] = [];
  const env: ScenarioEnv = {
    server,
    seller: sellerFor(server.origin, server.backend.shoppers.main.sessionToken),
    async open(name, options = {}, beforeLoad) {
      const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.origin, ...options });
      contexts.push(context);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await recordWidgetEvents(context);
      await context.route(
        (url) => url.origin !== server.origin,
        (route) => {
          if (route.request().resourceType() === 'image')
            return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
          external.push(`${route.request().method()} ${route.request().url()}`);
          return route.abort();
        },
      );
      if (beforeLoad) await beforeLoad(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      const response = await page.goto(`/pages/${name}`);
      assert(response?.ok(), `GET /pages/${name} answered ${response?.status()}`);
      const entry = { page, context, errors, headers: response?.headers() ?? {} };
      opened.push(entry);
      return entry;
    },
  };
  return {
    env,
    async finish(s) {
      // A stopped scenario skips the checks below: its page errors may say why it stopped.
      if (s.stopped()) for (const line of opened.flatMap((entry) => entry.errors)) console.log(`       page: ${line}`);
      await s.check('no uncaught errors or console errors in the page', async () => {
        const errors = opened.flatMap((entry) => entry.errors);
        assert(errors.length === 0, errors.join('\n'));
      });
      await s.check(
        'every request was answered by the store server (mock API, pages, dist) or was an item image',
        async () => {
          const problems = [
            ...server.unhandled.map((line) => `unhandled ${line}`),
            ...server.missing.map((path) => `missing ${path}`),
            ...external.map((line) => `left the store: ${line}`),
          ];
          assert(problems.length === 0, problems.join('\n'));
        },
      );
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    },
  };
}
