/**
 * WebKitGTK (Debian's packages) through selenium-webdriver and WebKitWebDriver, driving
 * MiniBrowser on an Xvfb display this driver starts and stops. MiniBrowser has no headless
 * mode and its toolbar keeps the window at least 447 px wide, so it runs `--full-screen`:
 * no browser chrome, and the window's size is the viewport's (360 px included). A dark page
 * opens in a second MiniBrowser started with `--dark-mode` (its own driver process).
 *
 * WebDriver classic has no log and no interception: the page's errors come from the test
 * page's probe (pages/probe.js), read before each navigation; screenshots are the viewport.
 * One page at a time per browser: opening the next one replaces it (cookies and storage are
 * cleared first), which is all the scenarios need.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, Origin, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import type { Capability, ColorScheme, Engine, Key, PageFunction, PageOptions, RawPage } from './types.ts';

const CAPABILITIES: ReadonlySet<Capability> = new Set();

export interface WebKitPaths {
  driver: string;
  browser: string;
  xvfb: string;
}

const KEYS: Record<Exclude<Key, 'Shift+Tab'>, string> = {
  Tab: SeleniumKey.TAB,
  Enter: SeleniumKey.ENTER,
  Escape: SeleniumKey.ESCAPE,
  ArrowUp: SeleniumKey.ARROW_UP,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  Space: SeleniumKey.SPACE,
};

/** Every process this module started, so that none outlives the test run. */
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Starts Xvfb on the first free display and returns it (`:N`). */
async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = track(
    spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display in 15 s: ${stderr}`)), 15_000);
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
  return { display, process: child };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port and waits until it answers `/status`. */
async function startDriver(driver: string, display: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = track(
    spawn(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, process: child };
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer /status in 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One MiniBrowser (and its driver process) for one colour scheme. */
interface Session {
  driver: WebDriver;
  process: ChildProcess;
  /** The page on screen; opening another detaches it. */
  current: WebKitPage | null;
}

class WebKitPage implements RawPage {
  readonly external: string[] = [];
  private readonly pending: string[] = [];
  private detached = false;

  constructor(private readonly driver: WebDriver) {}

  private live(): WebDriver {
    if (this.detached) throw new Error('this WebKit page was replaced by another one in the same browser');
    return this.driver;
  }

  /** Reads the probe's errors not read yet (the count read is kept on the probe's own list). */
  private async pull(): Promise<void> {
    if (this.detached) return;
    const lines = (await this.driver
      .executeScript(
        `const probe = window.__e2e;
         if (!probe) return [];
         const from = probe.errors.drained || 0;
         probe.errors.drained = probe.errors.length;
         return probe.errors.slice(from);`,
      )
      .catch(() => [])) as string[];
    this.pending.push(...lines);
  }

  /** Before another page takes the browser: keep this one's errors. */
  async detach(): Promise<void> {
    await this.pull();
    this.detached = true;
  }

  async goto(url: string): Promise<void> {
    await this.pull();
    await this.live().get(url);
  }

  async reload(): Promise<void> {
    await this.pull();
    await this.live().navigate().refresh();
  }

  async back(): Promise<void> {
    await this.live().navigate().back();
  }

  async forward(): Promise<void> {
    await this.live().navigate().forward();
  }

  async evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    // WebDriver awaits a returned promise.
    return (await this.live().executeScript(`return (${fn.toString()}).apply(null, arguments);`, arg)) as R;
  }

  async mouseMove(x: number, y: number): Promise<void> {
    await this.live()
      .actions()
      .move({ origin: Origin.VIEWPORT, x: Math.round(x), y: Math.round(y) })
      .perform();
  }

  async mouseClick(x: number, y: number): Promise<void> {
    await this.live()
      .actions()
      .move({ origin: Origin.VIEWPORT, x: Math.round(x), y: Math.round(y) })
      .click()
      .perform();
  }

  async press(key: Key): Promise<void> {
    const actions = this.live().actions();
    if (key === 'Shift+Tab') {
      await actions.keyDown(SeleniumKey.SHIFT).sendKeys(SeleniumKey.TAB).keyUp(SeleniumKey.SHIFT).perform();
      return;
    }
    await actions.sendKeys(KEYS[key]).perform();
  }

  async type(text: string): Promise<void> {
    await this.live().actions().sendKeys(text).perform();
  }

  /** The viewport only: WebDriver classic has no full-page screenshot (element ones come back black). */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.live().takeScreenshot(), 'base64');
  }

  async drainErrors(): Promise<string[]> {
    await this.pull();
    return this.pending.splice(0);
  }

  async close(): Promise<void> {
    await this.detach();
  }
}

export async function launchWebKit(paths: WebKitPaths): Promise<Engine> {
  const xvfb = await startXvfb(paths.xvfb);
  const sessions = new Map<ColorScheme, Promise<Session>>();

  const startSession = async (scheme: ColorScheme): Promise<Session> => {
    const driverProcess = await startDriver(paths.driver, xvfb.display);
    const args = ['--automation', '--full-screen', ...(scheme === 'dark' ? ['--dark-mode'] : [])];
    const driver = await new Builder()
      .usingServer(driverProcess.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: paths.browser, args },
      })
      .build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    return { driver, process: driverProcess.process, current: null };
  };
  const sessionFor = (scheme: ColorScheme): Promise<Session> => {
    let session = sessions.get(scheme);
    if (!session) {
      session = startSession(scheme);
      sessions.set(scheme, session);
    }
    return session;
  };

  const light = await sessionFor('light');
  const capabilities = await light.driver.getCapabilities();
  return {
    name: 'webkit',
    version: `WebKitGTK ${capabilities.get('browserVersion') ?? '?'} (MiniBrowser), selenium-webdriver`,
    capabilities: CAPABILITIES,
    async newPage(options: PageOptions): Promise<RawPage> {
      const session = await sessionFor(options.colorScheme);
      const { driver } = session;
      if (session.current) {
        await session.current.detach();
        // A fresh start, as a new browser context would give: no cookies, no storage.
        await driver
          .executeScript('try { localStorage.clear(); sessionStorage.clear(); } catch { /* about:blank */ }')
          .catch(() => undefined);
        await driver.manage().deleteAllCookies();
        await driver.get('about:blank');
      }
      await driver
        .manage()
        .window()
        .setRect({ x: 0, y: 0, ...options.viewport });
      const size = (await driver.executeScript('return [window.innerWidth, window.innerHeight];')) as number[];
      if (size[0] !== options.viewport.width || size[1] !== options.viewport.height) {
        throw new Error(
          `MiniBrowser's viewport is ${size.join('x')}, not ${options.viewport.width}x${options.viewport.height}`,
        );
      }
      const page = new WebKitPage(driver);
      session.current = page;
      return page;
    },
    async close() {
      for (const pending of sessions.values()) {
        const session = await pending.catch(() => null);
        if (!session) continue;
        await session.driver.quit().catch(() => undefined);
        await stop(session.process);
      }
      await stop(xvfb.process);
    },
  };
}
