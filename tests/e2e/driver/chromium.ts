/**
 * Chromium (Debian's package) through playwright-core: one browser, a fresh context per page.
 * Its console and uncaught errors come from the browser; requests leaving the store are
 * intercepted (item images get a placeholder, anything else is refused and recorded).
 */
import { type Browser, chromium } from 'playwright-core';
import type { Capability, Engine, Key, PageOptions, RawPage } from './types.ts';

/** The flags that work for Debian's Chromium on this kind of machine (the bench launches with them too). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Item images come from sellers' CDNs: answered with a placeholder, offline. */
export const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#c8ccd2"/></svg>';

const CAPABILITIES: ReadonlySet<Capability> = new Set(['browser-console', 'interception']);

export async function launchChromium(executablePath: string): Promise<Engine> {
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}, playwright-core`,
    capabilities: CAPABILITIES,
    async newPage(options: PageOptions): Promise<RawPage> {
      const context = await browser.newContext({ viewport: options.viewport, colorScheme: options.colorScheme });
      const external: string[] = [];
      const pending: string[] = [];
      await context.route(
        (url) => url.origin !== options.origin,
        (route) => {
          if (route.request().resourceType() === 'image')
            return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
          external.push(`${route.request().method()} ${route.request().url()}`);
          return route.abort();
        },
      );
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => pending.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pending.push(`console.error: ${message.text()}`);
      });
      const keys: Record<Key, string> = {
        Tab: 'Tab',
        'Shift+Tab': 'Shift+Tab',
        Enter: 'Enter',
        Escape: 'Escape',
        ArrowUp: 'ArrowUp',
        ArrowDown: 'ArrowDown',
        Space: ' ',
      };
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
        evaluate: (fn, arg) => page.evaluate<never, unknown>(fn as never, arg),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseClick: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(keys[key]),
        type: (text) => page.keyboard.type(text),
        screenshot: (fullPage) => page.screenshot({ fullPage }),
        async drainErrors() {
          return pending.splice(0);
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
