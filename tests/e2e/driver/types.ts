/**
 * The thin layer the scenarios drive a browser through, whatever the engine: open a page,
 * evaluate in it, move and click the pointer, press keys, take a screenshot, read its errors.
 * One implementation per engine (chromium.ts, firefox.ts, webkit.ts); what the scenarios use
 * on top of it, the same in every engine, is in page.ts.
 */

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/**
 * What only some engines' drivers can do. A check that needs one is reported as not possible
 * in the engines without it (never skipped silently).
 */
export type Capability =
  /** The browser's own console: CSP, integrity and Trusted Types refusals, besides the page's errors. */
  | 'browser-console'
  /** Requests seen and answered in the browser (item images get a placeholder; others may not leave). */
  | 'interception';

export const CAPABILITY_NEEDS: Readonly<Record<Capability, string>> = {
  'browser-console': 'the browser’s own console messages',
  interception: 'request interception',
};

export interface Viewport {
  width: number;
  height: number;
}

export type ColorScheme = 'light' | 'dark';

export interface PageOptions {
  viewport: Viewport;
  colorScheme: ColorScheme;
  /** The store's origin: requests elsewhere are the ones interception answers or refuses. */
  origin: string;
}

/** Keys by their DOM `key` names; `Shift+Tab` is Tab with Shift held. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Escape' | 'ArrowUp' | 'ArrowDown' | 'Space';

/** A function run in the page: it must not use anything from the test's own modules. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface RawPage {
  /** Navigates and waits for the `load` event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Viewport coordinates in CSS pixels. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: Key): Promise<void>;
  type(text: string): Promise<void>;
  /** PNG of the viewport (or the whole page where the engine can). */
  screenshot(fullPage: boolean): Promise<Buffer>;
  /** Error lines since the last call: the engine's own log where it has one, else the page's probe. */
  drainErrors(): Promise<string[]>;
  /** Requests that tried to leave the store (engines with interception; they were refused). */
  readonly external: string[];
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** Browser and driver versions, for the log. */
  readonly version: string;
  readonly capabilities: ReadonlySet<Capability>;
  newPage(options: PageOptions): Promise<RawPage>;
  close(): Promise<void>;
}

/** What an engine needs installed, and how to install it on Debian. */
export interface EngineRequirement {
  name: EngineName;
  /** Debian packages, for `apt-get install --no-install-recommends`. */
  packages: readonly string[];
  /** The files that must exist, by what they are. */
  files: Readonly<Record<string, string | null>>;
}
