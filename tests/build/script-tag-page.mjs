/**
 * A DOM-less stand-in for a store page running the script tag, for the chunk linker's checks:
 * a node:vm context with only what the entry and its part loader touch
 * (`document.currentScript`, `createElement('script')`, `document.head.append`). Appended
 * scripts are fetched from a folder as from a CDN and checked against their `integrity` the
 * way a browser does: a mismatch or a missing file fires `error` and runs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';

/** The attributes a script element carries here (the ones the loader reads or writes). */
class ScriptElement {
  src = '';
  integrity = '';
  nonce = '';
  crossOrigin = null;
  referrerPolicy = '';
  onload = null;
  onerror = null;
  connected = false;

  constructor(attributes = {}) {
    Object.assign(this, attributes);
  }

  remove() {
    this.connected = false;
  }
}

/** Whether `bytes` match an `integrity` value (`sha256-...`, `sha384-...`), as a browser checks. */
function matchesIntegrity(bytes, integrity) {
  const [algorithm] = integrity.split('-', 1);
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}` === integrity;
}

/**
 * `dir` is served at `baseUrl`; `serve(path, bytes)` may change or drop (null) what a
 * request for `path` (relative to `baseUrl`) gets.
 */
export function createScriptPage({ dir, baseUrl, serve = (_path, bytes) => bytes }) {
  let current = null;
  /** Every script element the page's code appended, as it was when appended. */
  const appended = [];
  /** Errors thrown while a script ran (a browser reports them as uncaught). */
  const uncaught = [];
  const elements = [];
  const pending = new Set();

  const document = {
    get currentScript() {
      return current;
    },
    createElement(tag) {
      if (tag !== 'script') throw new Error(`the page only makes <script>, not <${tag}>`);
      const element = new ScriptElement();
      elements.push(element);
      return element;
    },
    head: {
      append(element) {
        element.connected = true;
        appended.push({ ...element, element });
        const done = new Promise((resolve) => setImmediate(resolve)).then(() => fetchAndRun(element));
        pending.add(done);
        void done.then(() => pending.delete(done));
      },
    },
  };
  const context = createContext({ document, URL, console });
  context.window = context;

  function run(code, element, name) {
    current = element;
    try {
      new Script(code, { filename: name }).runInContext(context);
    } catch (error) {
      uncaught.push(error);
    } finally {
      current = null;
    }
  }

  function fetchAndRun(element) {
    const path = element.src.startsWith(baseUrl) ? element.src.slice(baseUrl.length) : null;
    const file = path === null ? null : join(dir, path);
    const bytes = file && existsSync(file) ? serve(path, readFileSync(file)) : null;
    if (bytes === null || (element.integrity && !matchesIntegrity(bytes, element.integrity))) {
      element.onerror?.({ type: 'error' });
      return;
    }
    run(bytes.toString('utf8'), element, element.src);
    element.onload?.({ type: 'load' });
  }

  return {
    /** The context's global (`window`). */
    window: context,
    appended,
    uncaught,
    /** Runs `file` of `dir` as the store's own `<script>` tag with these attributes. */
    runEntry(file, attributes = {}) {
      const tag = new ScriptElement({ src: `${baseUrl}${file}`, ...attributes });
      run(readFileSync(join(dir, file), 'utf8'), tag, tag.src);
    },
    /** Runs `file` of `dir` with no `document.currentScript`, as a bundler or `eval` would. */
    runEntryWithoutTag(file) {
      run(readFileSync(join(dir, file), 'utf8'), null, file);
    },
    /** Script elements still in the document (the loader removes each once it settled). */
    connected: () => elements.filter((element) => element.connected),
    /** Waits until every appended script has been fetched and run. */
    async settle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
