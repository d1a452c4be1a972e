/**
 * What scenarios do with a page, written once for every engine over the engine's RawPage:
 * find an element as a shopper does (pages/probe.js), wait for it, click and hover it with the
 * real pointer at its centre (after checking nothing covers it), type with the real keyboard,
 * read texts and values, take screenshots. Waits poll the page, with a timeout that names
 * what was awaited.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineName, Key, PageFunction, RawPage, Viewport } from './types.ts';

/**
 * An element described as a shopper would (role and accessible name, or visible text), or by
 * a CSS selector, inside the widget's shadow root (the first `<my-orders>`, or `host`), or
 * inside another target (`in`). Only visible elements match unless `hidden` is set.
 */
export interface Target {
  /** CSS selector of the widget's host element; `''` searches the page itself. */
  host?: string;
  in?: Target;
  css?: string;
  role?: string;
  /** The exact accessible name (whitespace normalised). */
  name?: string;
  level?: number;
  checked?: boolean;
  /** The exact text of the innermost element holding it (whitespace normalised). */
  text?: string;
  hidden?: boolean;
}

export interface WidgetEvent {
  type: string;
  detail: Record<string, unknown>;
  host: string;
}

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  where: string;
}

export interface AddedScript {
  src: string;
  integrity: string;
  crossOrigin: string | null;
  nonce: string;
  outcome: 'pending' | 'loaded' | 'error';
}

/** pages/probe.js, as the page functions below see it. */
export interface Probe {
  errors: string[];
  events: WidgetEvent[];
  violations: Violation[];
  addedScripts: AddedScript[];
  baseline: string[];
  find(target: Target): Element | null;
  findAll(target: Target): Element[];
  nameOf(element: Element): string;
  pointFor(target: Target): { x: number; y: number } | { reason: string };
  textsOf(target: Target): string[];
  elementAt(x: number, y: number): Element | null;
  describe(element: Element | null): string;
}

export type ProbeWindow = Window & { __e2e: Probe };

/** How long an action waits for its element by default: generous, the machine is shared. */
export const ACTION_TIMEOUT_MS = 20_000;
const POLL_MS = 100;

export function describeTarget(target: Target): string {
  const parts: string[] = [];
  if (target.role) parts.push(target.role);
  if (target.level !== undefined) parts.push(`level ${target.level}`);
  if (target.name !== undefined) parts.push(`"${target.name}"`);
  if (target.checked !== undefined) parts.push(target.checked ? '(checked)' : '(unchecked)');
  if (target.css) parts.push(target.css);
  if (target.text !== undefined) parts.push(`text "${target.text}"`);
  const where = target.in ? ` in ${describeTarget(target.in)}` : target.host ? ` in ${target.host}` : '';
  return `${parts.join(' ')}${where}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeout?: number;
}

export class TestPage {
  /** The page's errors gathered so far (`syncErrors()` brings in the latest). */
  readonly errors: string[] = [];

  constructor(
    readonly raw: RawPage,
    readonly engine: EngineName,
    private readonly screenshotDir: string,
    /** The response headers the store server sent with the page. */
    readonly headers: Readonly<Record<string, string>>,
  ) {}

  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return this.raw.evaluate(fn, arg);
  }

  /**
   * Polls `fn` in the page until it returns something truthy, and returns that. A page that
   * is between documents (a reload) counts as not yet.
   */
  async waitForFunction<A, R>(
    fn: PageFunction<A, R>,
    arg: A,
    what: string,
    options: WaitOptions = {},
  ): Promise<NonNullable<R>> {
    const timeout = options.timeout ?? ACTION_TIMEOUT_MS;
    const deadline = Date.now() + timeout;
    let last: unknown = null;
    for (;;) {
      try {
        const value = await this.raw.evaluate(fn, arg);
        if (value) return value as NonNullable<R>;
        last = value;
      } catch (error) {
        last = error instanceof Error ? error.message.split('\n')[0] : error;
      }
      if (Date.now() >= deadline) {
        throw new Error(`${what}: not within ${timeout} ms (last: ${JSON.stringify(last)})`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Waits until the target is on screen (`visible`) or gone (`hidden`). */
  async waitFor(target: Target, options: WaitOptions & { state?: 'visible' | 'hidden' } = {}): Promise<void> {
    const hidden = options.state === 'hidden';
    await this.waitForFunction(
      ({ target: wanted, hidden: gone }) => {
        const found = (window as unknown as ProbeWindow).__e2e.find(wanted);
        return gone ? found === null : found !== null;
      },
      { target, hidden },
      `${describeTarget(target)} ${hidden ? 'to disappear' : 'to appear'}`,
      options,
    );
  }

  async count(target: Target): Promise<number> {
    return this.evaluate((wanted) => (window as unknown as ProbeWindow).__e2e.findAll(wanted).length, target);
  }

  /** The text of every match (whitespace normalised). */
  async texts(target: Target): Promise<string[]> {
    return this.evaluate((wanted) => (window as unknown as ProbeWindow).__e2e.textsOf(wanted), target);
  }

  /** The value of a form control (it must be there). */
  async value(target: Target): Promise<string> {
    await this.waitFor(target);
    return this.evaluate((wanted) => {
      const element = (window as unknown as ProbeWindow).__e2e.find(wanted);
      return element && 'value' in element ? String(element.value) : '';
    }, target);
  }

  async attribute(target: Target, name: string): Promise<string | null> {
    await this.waitFor(target);
    return this.evaluate(
      ({ wanted, attribute }) => (window as unknown as ProbeWindow).__e2e.find(wanted)?.getAttribute(attribute) ?? null,
      { wanted: target, attribute: name },
    );
  }

  /** The box of the target in viewport coordinates. */
  async box(target: Target): Promise<{ x: number; y: number; width: number; height: number }> {
    await this.waitFor(target);
    return this.evaluate((wanted) => {
      const rect = (window as unknown as ProbeWindow).__e2e.find(wanted)?.getBoundingClientRect();
      return { x: rect?.x ?? 0, y: rect?.y ?? 0, width: rect?.width ?? 0, height: rect?.height ?? 0 };
    }, target);
  }

  async viewport(): Promise<Viewport> {
    return this.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }), null);
  }

  /** Where the pointer must go to reach the target, once it is there and nothing covers it. */
  private async pointFor(target: Target, options: WaitOptions): Promise<{ x: number; y: number }> {
    let reason = '';
    const point = await this.waitForFunction(
      (wanted) => {
        const found = (window as unknown as ProbeWindow).__e2e.pointFor(wanted);
        return 'x' in found ? found : null;
      },
      target,
      `${describeTarget(target)} to be reachable by the pointer`,
      options,
    ).catch(async (error: unknown) => {
      reason = await this.evaluate((wanted) => {
        const found = (window as unknown as ProbeWindow).__e2e.pointFor(wanted);
        return 'reason' in found ? found.reason : '';
      }, target).catch(() => '');
      throw new Error(`${error instanceof Error ? error.message : String(error)}${reason ? `: ${reason}` : ''}`);
    });
    return point;
  }

  /** A real click (pointer down and up) at the target's centre. */
  async click(target: Target, options: WaitOptions = {}): Promise<void> {
    const { x, y } = await this.pointFor(target, options);
    await this.raw.mouseClick(x, y);
  }

  /** The real pointer over the target's centre. */
  async hover(target: Target, options: WaitOptions = {}): Promise<void> {
    const { x, y } = await this.pointFor(target, options);
    await this.raw.mouseMove(x, y);
  }

  /** Clicks a radio or checkbox and waits until it is checked. */
  async check(target: Target): Promise<void> {
    await this.click(target);
    await this.waitFor({ ...target, checked: true });
  }

  /** Clicks into a text field, selects what it holds and types `text` over it with the keyboard. */
  async fill(target: Target, text: string): Promise<void> {
    await this.click(target);
    await this.evaluate((wanted) => {
      const element = (window as unknown as ProbeWindow).__e2e.find(wanted);
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.select();
    }, target);
    await this.raw.type(text);
    await this.waitForFunction(
      ({ wanted, typed }) => {
        const element = (window as unknown as ProbeWindow).__e2e.find(wanted);
        return element !== null && 'value' in element && element.value === typed;
      },
      { wanted: target, typed: text },
      `${describeTarget(target)} to hold the typed text`,
    );
  }

  /**
   * Chooses the option with this label in a `<select>`, as Playwright's selectOption does: the
   * value is set in the page and `input` and `change` are dispatched (native select popups
   * differ too much between engines to drive).
   */
  async selectOption(target: Target, label: string): Promise<void> {
    await this.waitFor(target);
    const chosen = await this.evaluate(
      ({ wanted, option }) => {
        const element = (window as unknown as ProbeWindow).__e2e.find(wanted);
        if (!(element instanceof HTMLSelectElement)) return false;
        const match = [...element.options].find((each) => each.label.trim() === option || each.text.trim() === option);
        if (!match) return false;
        element.value = match.value;
        element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      { wanted: target, option: label },
    );
    if (!chosen) throw new Error(`${describeTarget(target)} has no option "${label}"`);
  }

  press(key: Key): Promise<void> {
    return this.raw.press(key);
  }

  type(text: string): Promise<void> {
    return this.raw.type(text);
  }

  mouseMove(x: number, y: number): Promise<void> {
    return this.raw.mouseMove(x, y);
  }

  /** Reloads; the errors of the document that goes are kept first. */
  async reload(): Promise<void> {
    await this.syncErrors();
    await this.raw.reload();
  }

  back(): Promise<void> {
    return this.raw.back();
  }

  forward(): Promise<void> {
    return this.raw.forward();
  }

  /** Waits until the document has loaded (scripts run, `load` fired). */
  async waitForLoad(): Promise<void> {
    await this.waitForFunction(() => document.readyState === 'complete', null, 'the page to load');
  }

  /** Saves a screenshot as `<dir>/<name>.png` and returns the PNG. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<Buffer> {
    const png = await this.raw.screenshot(options.fullPage ?? false);
    await mkdir(this.screenshotDir, { recursive: true });
    await writeFile(join(this.screenshotDir, `${name}.png`), png);
    return png;
  }

  /** Brings the page's latest errors into `errors`. */
  async syncErrors(): Promise<string[]> {
    this.errors.push(...(await this.raw.drainErrors()));
    return this.errors;
  }

  /** Widget events recorded by the probe since the page loaded. */
  widgetEvents(): Promise<WidgetEvent[]> {
    return this.evaluate(() => (window as unknown as ProbeWindow).__e2e.events, null);
  }

  violations(): Promise<Violation[]> {
    return this.evaluate(() => (window as unknown as ProbeWindow).__e2e.violations, null);
  }

  addedScripts(): Promise<AddedScript[]> {
    return this.evaluate(() => (window as unknown as ProbeWindow).__e2e.addedScripts, null);
  }
}
