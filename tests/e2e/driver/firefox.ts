/**
 * Firefox ESR (Debian's package) through puppeteer-core over WebDriver BiDi: a browser context
 * per page. No CDP, so no media emulation: a page with a dark colour scheme opens in a second
 * Firefox started with the content's scheme pinned to dark, launched the first time one is
 * asked for. Console, uncaught errors (Firefox reports CSP and integrity refusals there too)
 * and request interception work over BiDi.
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { PLACEHOLDER_IMAGE } from './chromium.ts';
import type { Capability, ColorScheme, Engine, Key, PageOptions, RawPage } from './types.ts';

const CAPABILITIES: ReadonlySet<Capability> = new Set(['browser-console', 'interception']);

/** `layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light. */
const SCHEME_PREF: Record<ColorScheme, number> = { dark: 0, light: 1 };

function launch(executablePath: string, scheme: ColorScheme): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocolTimeout: 120_000,
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': SCHEME_PREF[scheme] },
  });
}

async function press(page: Page, key: Key): Promise<void> {
  if (key === 'Shift+Tab') {
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    return;
  }
  await page.keyboard.press(key as KeyInput);
}

export async function launchFirefox(executablePath: string): Promise<Engine> {
  const browsers = new Map<ColorScheme, Promise<Browser>>();
  const browserFor = (scheme: ColorScheme): Promise<Browser> => {
    let browser = browsers.get(scheme);
    if (!browser) {
      browser = launch(executablePath, scheme);
      browsers.set(scheme, browser);
    }
    return browser;
  };
  const light = await browserFor('light');
  return {
    name: 'firefox',
    version: `${await light.version()}, puppeteer-core over WebDriver BiDi`,
    capabilities: CAPABILITIES,
    async newPage(options: PageOptions): Promise<RawPage> {
      const browser = await browserFor(options.colorScheme);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.setDefaultNavigationTimeout(60_000);
      await page.setViewport(options.viewport);
      const external: string[] = [];
      const pending: string[] = [];
      page.on('pageerror', (error) => pending.push(`uncaught: ${error instanceof Error ? error.message : error}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pending.push(`console.error: ${message.text()}`);
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (new URL(request.url()).origin === options.origin) {
          void request.continue();
          return;
        }
        // BiDi has no resource type: an image request is one that asks for an image.
        if ((request.headers().accept ?? '').startsWith('image/')) {
          void request.respond({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
          return;
        }
        external.push(`${request.method()} ${request.url()}`);
        void request.abort();
      });
      return {
        external,
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        async reload() {
          await page.reload({ waitUntil: 'load' });
        },
        async back() {
          await page.goBack();
        },
        async forward() {
          await page.goForward();
        },
        evaluate: (fn, arg) => page.evaluate(fn as (value: unknown) => never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseClick: (x, y) => page.mouse.click(x, y),
        press: (key) => press(page, key),
        type: (text) => page.keyboard.type(text),
        screenshot: async (fullPage) => Buffer.from(await page.screenshot({ fullPage })),
        async drainErrors() {
          return pending.splice(0);
        },
        close: () => context.close(),
      };
    },
    async close() {
      await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()));
    },
  };
}
