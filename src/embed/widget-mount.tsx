/**
 * Mounts one widget instance into an element: its own shadow root, styles, model and API
 * client; nothing is shared with another instance but the loaded catalogs. `update()` keeps
 * the shopper's place, `destroy()` aborts requests, stops timers and listeners and removes
 * every node it added (the shadow root stays, empty, for a later mount: it cannot be removed).
 */

import { signal } from '@preact/signals';
import { render } from 'preact';
import { shopperTimeZone } from '../domain/index.ts';
import { type Catalogs, createCatalogs } from '../i18n/catalogs.ts';
import { importCatalog } from '../i18n/source-catalogs.ts';
import { addEnglish, englishCatalog, resolveLocale, type Translator, translatorFor } from '../i18n/translate.ts';
import { App } from '../ui/App.tsx';
import type { OrderView } from '../ui/env.ts';
import { CatalogPending } from './catalog-pending.tsx';
import { deepLinkPrefix } from './deep-link/prefix.ts';
import { hostEmitter } from './host-events.ts';
import type { MyOrdersOptions } from './options.ts';
import { apiBaseOf, cancellationOf, pageSizeOf, themeOf } from './options.ts';
import { warnStore } from './store-warning.ts';
import { attachStyles, WIDGET_CSS } from './styles.ts';
import { createWidgetEnv } from './widget-env.ts';
import { freshLifecycleMemory, type SessionDeps, startSession } from './widget-session.ts';

export interface MyOrdersHandle {
  /** Changes options (merged into the current ones) without losing the shopper's place. */
  update(options: MyOrdersOptions): void;
  /** Opens an order, as if the shopper had chosen it. */
  open(orderId: string): void;
  /** Back to the list. */
  close(): void;
  /** Removes the widget; safe to call twice. */
  destroy(): void;
}

export type MountWidget = (host: HTMLElement, options?: MyOrdersOptions) => MyOrdersHandle;

/** The loaded catalogs, the one thing every widget on the page shares: each language loads once. */
const catalogs = createCatalogs(importCatalog, (locale, error) =>
  warnStore(
    `the ${locale} messages did not load (are parts/ hosted beside the script?), so the widget speaks English`,
    error,
  ),
);

/** Mounts the widget into `host` (a shadow root of its own); see MyOrdersHandle. */
export const mount: MountWidget = (host, options = {}) => mountWidget(host, options, catalogs);

const mounted = new WeakSet<HTMLElement>();

/** How long the first draw waits for the first page before drawing the frame with skeleton rows. */
const FIRST_DRAW_WAIT_MS = 400;

/** Whether two options make the same model: same wire, page size and cancellation settings. */
const sameModel = (a: MyOrdersOptions, b: MyOrdersOptions, pageUrl: string): boolean => {
  const [before, after] = [cancellationOf(a), cancellationOf(b)];
  return (
    apiBaseOf(a, pageUrl) === apiBaseOf(b, pageUrl) &&
    pageSizeOf(a) === pageSizeOf(b) &&
    before.enabled === after.enabled &&
    before.gracePeriodMinutes === after.gracePeriodMinutes
  );
};

function mountWidget(host: HTMLElement, options: MyOrdersOptions, catalogs: Catalogs): MyOrdersHandle {
  if (mounted.has(host)) throw new Error('my-orders: this element already has a widget; destroy() it first');
  mounted.add(host);
  const page = host.ownerDocument;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const removeStyles = attachStyles(shadow, WIDGET_CSS, options.nonce);
  /** The order view once it has loaded, with the undo of its CSS in this shadow root. */
  const orderView = signal<OrderView | null>(null);
  let removeOrderStyles: (() => void) | null = null;
  const container = page.createElement('div');
  shadow.append(container);

  let current: MyOrdersOptions = { ...options };
  const deps: Omit<SessionDeps, 'place'> = {
    page,
    emit: hostEmitter(host),
    memory: freshLifecycleMemory(),
    pendingCancellations: new Map(),
    orderPartArrived(part) {
      if (destroyed) return;
      removeOrderStyles ??= attachStyles(shadow, part.css, current.nonce);
      addEnglish(part.english);
      orderView.value = part.OrderView;
    },
  };
  let session = startSession(current, deepLinkPrefix(current.deepLink), { ...deps, place: null });
  let destroyed = false;
  /** The words on screen (locale, catalog and the store's overrides); null until the first catalog is here. */
  let shown: Translator | null = null;
  /** Bumped by every draw: a catalog that arrives late only draws if no draw came after it. */
  let drawCount = 0;

  const paint = (translator: Translator): void => {
    shown = translator;
    render(<App env={createWidgetEnv(current, session.model, page, translator, orderView)} />, container);
  };

  /**
   * Draws the current options. A locale whose catalog is not loaded yet keeps the words on
   * screen (on mount: a skeleton without words, never English first) until it arrives; a
   * catalog that fails to load leaves the widget in English.
   */
  const draw = (): void => {
    const locale = resolveLocale(current.locale, page.documentElement.lang);
    const messages = catalogs.peek(locale);
    const drawn = ++drawCount;
    if (messages) {
      paint(translatorFor(locale, messages, current.messages));
      return;
    }
    if (shown) paint(shown);
    else render(<CatalogPending theme={themeOf(current)} />, container);
    void catalogs.load(locale).then((loaded) => {
      if (!destroyed && drawn === drawCount)
        paint(
          loaded
            ? translatorFor(locale, loaded, current.messages)
            : translatorFor('en', englishCatalog(), current.messages),
        );
    });
  };
  /**
   * The first draw waits for the first page (or its failure) and the shopper's words: a store
   * that answers at once is drawn once, complete, with no frame of skeleton rows before it (at
   * 4x CPU that frame costs as much as the rows). A slower store gets the frame and its
   * skeleton FIRST_DRAW_WAIT_MS after the widget's own start-up work. Words that failed to
   * load: English at once.
   */
  let firstDrawTimer: ReturnType<typeof setTimeout> | undefined;
  const firstDraw = (english?: boolean): void => {
    clearTimeout(firstDrawTimer);
    if (destroyed || drawCount) return;
    if (english) {
      ++drawCount;
      paint(translatorFor('en', englishCatalog(), current.messages));
    } else draw();
  };
  // The first page is asked for before anything else; while it flies, the words of another
  // language load, and ICU for the first Intl formatter (tens of ms) a microtask later, once
  // the client has sent the request (ky sends it after a microtask of its own).
  void Promise.all([session.start(), catalogs.load(resolveLocale(current.locale, page.documentElement.lang))]).then(
    ([, words]) => firstDraw(!words),
  );
  queueMicrotask(() => {
    if (destroyed) return;
    shopperTimeZone();
    firstDrawTimer = setTimeout(firstDraw, FIRST_DRAW_WAIT_MS);
  });

  /** A new model for new model settings, at the same place (from the first page when its size changed). */
  function rebuild(newPageSize: boolean): void {
    const place = { ...session.model.place.peek() };
    if (newPageSize) place.page = 1;
    session.dispose();
    // A fresh tree: components must not keep holds on the old model's timers.
    render(null, container);
    session = startSession(current, deepLinkPrefix(current.deepLink), { ...deps, place });
    draw();
    void session.start();
  }

  return {
    update(next) {
      if (destroyed) return;
      const previous = current;
      current = { ...current, ...next };
      if (!sameModel(previous, current, page.location.href)) {
        rebuild(pageSizeOf(previous) !== pageSizeOf(current));
        return;
      }
      const prefix = deepLinkPrefix(current.deepLink);
      if (prefix !== deepLinkPrefix(previous.deepLink)) session.setDeepLink(prefix);
      draw();
    },
    open(orderId) {
      const id = typeof orderId === 'string' ? orderId.trim() : '';
      if (!destroyed && id && session.model.orderId.peek() !== id) void session.model.openOrder(id);
    },
    close() {
      if (!destroyed) session.model.backToList();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(firstDrawTimer);
      session.dispose();
      render(null, container);
      container.remove();
      removeStyles();
      removeOrderStyles?.();
      mounted.delete(host);
    },
  };
}
