/**
 * What a scenario gets: the engine, the store server (reset before it starts), the seller,
 * and `open()` for a host page in a fresh page of the engine (its own browser context where
 * the engine has them), with the page's errors gathered for the checks every scenario ends
 * with.
 */
import { ACTION_TIMEOUT_MS, TestPage } from './driver/page.ts';
import type { ColorScheme, Engine, EngineName, Viewport } from './driver/types.ts';
import type { ScenarioContext } from './harness.ts';
import { assert } from './harness.ts';
import { type Seller, sellerFor } from './seller.ts';
import type { StoreServer } from './server.ts';

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const NARROW: Viewport = { width: 360, height: 740 };

/** Long enough for a seller decision to reach the widget: its first poll waits 5 s. */
export const DECISION_TIMEOUT_MS = 30_000;
export { ACTION_TIMEOUT_MS };

export interface OpenOptions {
  viewport?: Viewport;
  /** The device's colour scheme (`prefers-color-scheme`). */
  colorScheme?: ColorScheme;
}

export interface ScenarioEnv {
  engine: Engine;
  server: StoreServer;
  seller: Seller;
  /** Opens `/pages/<name>` (a hash may follow) in a fresh page and waits for its `load`. */
  open(name: string, options?: OpenOptions): Promise<TestPage>;
}

export type Scenario = (env: ScenarioEnv, s: ScenarioContext) => Promise<void>;

export interface ScenarioSession {
  env: ScenarioEnv;
  /** The checks every scenario ends with: no page errors, every request answered. */
  finish(s: ScenarioContext): Promise<void>;
  close(): Promise<void>;
}

export function startScenario(
  engine: Engine,
  server: StoreServer,
  screenshotDir: string,
  scenarioName: string,
): ScenarioSession {
  server.reset();
  const opened: TestPage[] = [];
  const env: ScenarioEnv = {
    engine,
    server,
    seller: sellerFor(server.origin, server.backend.shoppers.main.sessionToken),
    async open(name, options = {}) {
      const raw = await engine.newPage({
        viewport: options.viewport ?? DESKTOP,
        colorScheme: options.colorScheme ?? 'light',
        origin: server.origin,
      });
      const from = server.requests.length;
      await raw.goto(`${server.origin}/pages/${name}`);
      const path = `/pages/${name.split('#')[0]}`;
      const response = server.requests.slice(from).find((entry) => entry.method === 'GET' && entry.path === path);
      assert(response?.status === 200, `GET ${path} answered ${response?.status ?? 'nothing'}`);
      const page = new TestPage(raw, engine.name, screenshotDirFor(screenshotDir, engine.name), response.headers);
      opened.push(page);
      return page;
    },
  };
  return {
    env,
    async finish(s) {
      for (const page of opened) await page.syncErrors().catch(() => undefined);
      const errors = opened.flatMap((page) => page.errors);
      // A stopped scenario's page errors and last screen may say why it stopped.
      if (s.stopped()) {
        for (const line of errors) console.log(`# page: ${line}`);
        const last = opened.at(-1);
        const name = `failed-${scenarioName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
        if (last)
          await last.screenshot(name).then(
            () => console.log(`# screenshot: ${name}.png`),
            () => undefined,
          );
      }
      await s.check('no uncaught errors or console errors in the page', async () => {
        assert(errors.length === 0, errors.join('\n'));
      });
      await s.check('every request to the store was answered (mock API, pages, dist)', async () => {
        const problems = [
          ...server.unhandled.map((line) => `unhandled ${line}`),
          ...server.missing.map((path) => `missing ${path}`),
        ];
        assert(problems.length === 0, problems.join('\n'));
      });
      await s.check(
        'nothing but item images was requested from elsewhere',
        async () => {
          const external = opened.flatMap((page) => page.raw.external);
          assert(external.length === 0, external.map((line) => `left the store: ${line}`).join('\n'));
        },
        { needs: 'interception' },
      );
    },
    async close() {
      await Promise.all(opened.map((page) => page.raw.close().catch(() => undefined)));
    },
  };
}

function screenshotDirFor(root: string, engine: EngineName): string {
  return `${root}/${engine}`;
}
