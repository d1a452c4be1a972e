// The browser tests' probe, the first script of every test page (an external file, so pages
// under a strict CSP run it too). It records what a scenario asks about afterwards, in every
// engine alike: uncaught errors, unhandled rejections and console.error (WebKit's driver has
// no log of its own), the widget's `my-orders:*` events, CSP violations, the script elements
// added to the document, and the window's own properties before the widget's script ran.
// It also finds elements the way a shopper does (role and accessible name, or text), through
// the widget's open shadow root, and gives the point a real pointer would click.
// Everything lives on one non-enumerable global, `__e2e`.
(() => {
  const errors = [];
  const events = [];
  const violations = [];
  const addedScripts = [];
  const baseline = Object.getOwnPropertyNames(window);

  const message = (value) =>
    value instanceof Error ? value.message : typeof value === 'object' ? JSON.stringify(value) : String(value);
  window.addEventListener('error', (event) => {
    errors.push(`uncaught: ${event.error instanceof Error ? event.error.message : event.message}`);
  });
  // WebKit's rejection `stack` lacks the message: record `reason.message`.
  window.addEventListener('unhandledrejection', (event) => {
    errors.push(`unhandled rejection: ${message(event.reason)}`);
  });
  const consoleError = console.error;
  console.error = function error(...args) {
    errors.push(`console.error: ${args.map(message).join(' ')}`);
    return consoleError.apply(this, args);
  };

  const WIDGET_EVENTS = ['ready', 'error', 'navigate', 'cancel-requested', 'cancel-decided', 'cancel-failed'];
  for (const name of WIDGET_EVENTS) {
    window.addEventListener(`my-orders:${name}`, (event) => {
      const host = event.composedPath()[0];
      events.push({
        type: event.type,
        detail: event.detail,
        host: host instanceof Element ? host.id || host.localName : '',
      });
    });
  }

  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      violations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        where: `${event.sourceFile}:${event.lineNumber}`,
      }),
    true,
  );

  // Every script element added to the document (the widget's loader removes a part's once it
  // settled), with whether the browser ran it or refused it.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLScriptElement)) continue;
        const entry = {
          src: node.src,
          integrity: node.integrity,
          crossOrigin: node.crossOrigin,
          nonce: node.nonce,
          outcome: 'pending',
        };
        addedScripts.push(entry);
        node.addEventListener('load', () => {
          entry.outcome = 'loaded';
        });
        node.addEventListener('error', () => {
          entry.outcome = 'error';
        });
      }
    }
  }).observe(document, { childList: true, subtree: true });

  // ---- Finding elements as a shopper does -------------------------------------------------

  const normalise = (text) => text.replace(/\s+/g, ' ').trim();

  const IMPLICIT_ROLES = [
    ['button', 'button, input[type="button"], input[type="submit"], input[type="reset"]'],
    ['heading', 'h1, h2, h3, h4, h5, h6'],
    ['radio', 'input[type="radio"]'],
    ['checkbox', 'input[type="checkbox"]'],
    ['searchbox', 'input[type="search"]'],
    [
      'textbox',
      'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"]',
    ],
    ['combobox', 'select:not([multiple])'],
    ['dialog', 'dialog'],
    ['link', 'a[href]'],
    ['navigation', 'nav'],
    ['status', 'output'],
  ];
  /** Roles whose accessible name comes from their content. */
  const NAMED_BY_CONTENT = new Set(['button', 'heading', 'link', 'radio', 'checkbox', 'tab', 'option', 'menuitem']);
  const FORM_CONTROLS = new Set(['input', 'select', 'textarea']);

  function roleOf(element) {
    const explicit = element.getAttribute('role');
    if (explicit) return explicit.trim().split(/\s+/)[0];
    for (const [role, selector] of IMPLICIT_ROLES) if (element.matches(selector)) return role;
    return null;
  }

  function headingLevel(element) {
    const tag = /^h([1-6])$/.exec(element.localName);
    return tag ? Number(tag[1]) : Number(element.getAttribute('aria-level') ?? 2);
  }

  /** The text a name computation takes from content: hidden parts left out, blocks spaced. */
  function contentText(node, skipControls) {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      if (child.getAttribute('aria-hidden') === 'true' || child.hidden) continue;
      if (['script', 'style', 'template'].includes(child.localName)) continue;
      if (skipControls && FORM_CONTROLS.has(child.localName)) continue;
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const label = child.getAttribute('aria-label');
      const inner = label ? label : contentText(child, skipControls);
      text += style.display.startsWith('inline') ? inner : ` ${inner} `;
    }
    return text;
  }

  function byIds(element, ids) {
    const root = element.getRootNode();
    return ids
      .split(/\s+/)
      .map((id) => (typeof root.getElementById === 'function' ? root.getElementById(id) : null))
      .filter((found) => found !== null);
  }

  /** A small accessible-name computation: enough for the widget's controls, headings and dialogs. */
  function nameOf(element) {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = normalise(
        byIds(element, labelledBy)
          .map((label) => contentText(label, false))
          .join(' '),
      );
      if (text) return text;
    }
    const label = element.getAttribute('aria-label');
    if (label && normalise(label)) return normalise(label);
    if (element.labels && element.labels.length > 0) {
      return normalise([...element.labels].map((each) => contentText(each, true)).join(' '));
    }
    if (NAMED_BY_CONTENT.has(roleOf(element) ?? '')) {
      const text = normalise(contentText(element, false));
      if (text) return text;
    }
    return normalise(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
  }

  /** Playwright's sense: a box of some size, and not `visibility: hidden` (a closed dialog's content has no box). */
  function isVisible(element) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
    return getComputedStyle(element).visibility !== 'hidden';
  }

  function isChecked(element) {
    if (element instanceof HTMLInputElement) return element.checked;
    return element.getAttribute('aria-checked') === 'true';
  }

  /** Where a target is searched: inside another target, else the (first) host's shadow root. */
  function rootsOf(target) {
    if (target.in) {
      const scope = find(target.in);
      return scope ? [scope] : [];
    }
    if (target.host === '') return [document];
    const host = document.querySelector(target.host ?? 'my-orders');
    return host?.shadowRoot ? [host.shadowRoot] : [];
  }

  function matches(element, target) {
    if (!target.hidden && !isVisible(element)) return false;
    if (target.role && roleOf(element) !== target.role) return false;
    if (target.level !== undefined && headingLevel(element) !== target.level) return false;
    if (target.checked !== undefined && isChecked(element) !== target.checked) return false;
    if (target.name !== undefined && nameOf(element) !== normalise(target.name)) return false;
    if (target.text !== undefined && normalise(element.textContent ?? '') !== normalise(target.text)) return false;
    return true;
  }

  /** Every element the target describes, in document order. */
  function findAll(target) {
    const found = [];
    for (const root of rootsOf(target)) {
      for (const element of root.querySelectorAll(target.css ?? '*')) {
        if (matches(element, target)) found.push(element);
      }
    }
    // A text belongs to the innermost element that holds all of it.
    return target.text === undefined
      ? found
      : found.filter((element) => !found.some((other) => other !== element && element.contains(other)));
  }

  function find(target) {
    return findAll(target)[0] ?? null;
  }

  /** The innermost element at a point of the viewport, through open shadow roots. */
  function elementAt(x, y) {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  }

  function describe(element) {
    if (!element) return 'nothing';
    const classes =
      typeof element.className === 'string' && element.className
        ? `.${element.className.trim().split(/\s+/).join('.')}`
        : '';
    return `${element.localName}${classes}`;
  }

  /** Whether a click at the point reaches `element`: it, something inside it, or its label. */
  function reaches(element, hit) {
    if (!hit) return false;
    if (element === hit || element.contains(hit)) return true;
    const label = hit.closest('label');
    return label !== null && (label.control === element || [...(element.labels ?? [])].includes(label));
  }

  /**
   * Scrolls `target` into view (only as far as needed, then other alignments if something
   * covers it) and returns the centre of its box when a pointer there would reach it; else
   * why not.
   */
  function pointFor(target) {
    const element = find(target);
    if (!element) return { reason: 'not found (or not visible)' };
    let hit = null;
    for (const block of [null, 'center', 'end', 'start']) {
      if (block) element.scrollIntoView({ block, inline: 'center' });
      const rect = element.getBoundingClientRect();
      const x = Math.floor(rect.left + rect.width / 2);
      const y = Math.floor(rect.top + rect.height / 2);
      const inView = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
      hit = inView ? elementAt(x, y) : null;
      if (inView && reaches(element, hit)) return { x, y };
    }
    return { reason: `covered by ${describe(hit)}` };
  }

  function textsOf(target) {
    return findAll(target).map((element) => normalise(element.textContent ?? ''));
  }

  Object.defineProperty(window, '__e2e', {
    value: Object.freeze({
      errors,
      events,
      violations,
      addedScripts,
      baseline,
      find,
      findAll,
      nameOf,
      pointFor,
      textsOf,
      elementAt,
      describe,
    }),
  });
})();
