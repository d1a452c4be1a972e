/**
 * Mounts one widget instance into an element: its own shadow root, styles, model and API
 * client; nothing is shared with another instance. `update()` keeps the shopper's place,
 * `destroy()` aborts requests, stops timers and listeners and removes every node it added
 * (the shadow root stays, empty, for a later mount: it cannot be removed).
 */
import { render } from 'preact';
import { untracked } from '@preact/signals';
import { App } from '../ui/App.tsx';
import { deepLinkPrefix } from './deep-link-hash.ts';
import { documentVisibility } from './document-visibility.ts';
import { hostEmitter } from './host-events.ts';
import { freshLifecycleMemory } from './lifecycle-events.ts';
import { apiBaseOf, cancellationOf, pageSizeOf } from './option-values.ts';
import type { MyOrdersOptions } from './options.ts';
import { attachStyles } from './styles.ts';
import { createWidgetEnv } from './widget-env.ts';
import { startSession, type SessionDeps } from './widget-session.ts';

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

const mounted = new WeakSet<HTMLElement>();

const sameCancellation = (a: MyOrdersOptions, b: MyOrdersOptions): boolean => {
  const [before, after] = [cancellationOf(a), cancellationOf(b)];
  return before.enabled === after.enabled && before.gracePeriodMinutes === after.gracePeriodMinutes;
};

export function mount(host: HTMLElement, options: MyOrdersOptions = {}): MyOrdersHandle {
  if (mounted.has(host)) throw new Error('my-orders: this element already has a widget; destroy() it first');
  mounted.add(host);
  const page = host.ownerDocument;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const removeStyles = attachStyles(shadow, options.nonce);
  const container = page.createElement('div');
  shadow.append(container);

  let current: MyOrdersOptions = { ...options };
  const deps: Omit<SessionDeps, 'place'> = {
    page,
    emit: hostEmitter(host),
    memory: freshLifecycleMemory(),
    visibility: documentVisibility(page),
  };
  let session = startSession(current, deepLinkPrefix(current.deepLink), { ...deps, place: null });
  let destroyed = false;

  const draw = (): void => render(<App env={createWidgetEnv(current, session.model, page)} />, container);
  draw();
  void session.model.start();

  /** A new model for new cancellation settings, at the same place. */
  function rebuild(): void {
    const place = untracked(() => session.model.place());
    session.dispose();
    // A fresh tree: components must not keep holds on the old model's timers.
    render(null, container);
    session = startSession(current, deepLinkPrefix(current.deepLink), { ...deps, place });
    draw();
    void session.model.start();
  }

  return {
    update(next) {
      if (destroyed) return;
      const previous = current;
      current = { ...current, ...next };
      if (!sameCancellation(previous, current)) {
        rebuild();
        return;
      }
      session.setApiBase(apiBaseOf(current, page.location.href));
      session.setPageSize(pageSizeOf(current));
      const prefix = deepLinkPrefix(current.deepLink);
      if (prefix !== deepLinkPrefix(previous.deepLink)) session.setDeepLink(prefix);
      draw();
    },
    open(orderId) {
      const id = typeof orderId === 'string' ? orderId.trim() : '';
      if (!destroyed && id && session.model.detail.orderId.peek() !== id) void session.model.openOrder(id);
    },
    close() {
      if (!destroyed) session.model.backToList();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      session.dispose();
      render(null, container);
      container.remove();
      removeStyles();
      mounted.delete(host);
    },
  };
}
