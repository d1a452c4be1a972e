/**
 * Keeps the page URL's hash and the widget's place in step: the hash names the open order or
 * the list's page and filters (see hash.ts). Opening or leaving an order pushes a
 * history entry, so back and forward move between them; page and filter edits replace the
 * current entry. A hash without the prefix is never rewritten: the widget pushes its own
 * entry after it, and only once the shopper has gone somewhere.
 */
import { effect } from '@preact/signals';
import type { WidgetModel } from '../../state/widget-model.ts';
import { formatHash, HOME, isAt, isHome, parseHash } from './hash.ts';

export interface DeepLinkSync {
  prefix: string;
  model: WidgetModel;
  window: Window;
  /** Go where the URL says first (on mount; not when a rebuilt model carries the place over). */
  followUrlFirst: boolean;
}

/** Connects; returns the disconnect. */
export function connectDeepLink({ prefix, model, window: view, followUrlFirst }: DeepLinkSync): () => void {
  const { location, history } = view;
  // Once the widget has been in the URL, leaving its hash (back past its first entry) means home.
  let inUrl = false;

  const initial = followUrlFirst ? parseHash(location.hash, prefix) : null;
  if (initial) {
    inUrl = true;
    void model.restore(initial);
  }

  let shownOrderId: string | null = null;
  let firstRun = true;
  const stop = effect(() => {
    const place = model.place.value;
    const viewChanged = !firstRun && place.orderId !== shownOrderId;
    firstRun = false;
    shownOrderId = place.orderId;
    const wanted = formatHash(prefix, place);
    if (location.hash === wanted) return;
    const ours = parseHash(location.hash, prefix) !== null;
    if (!ours && isHome(place)) return;
    inUrl = true;
    const url = new URL(location.href);
    url.hash = wanted;
    if (viewChanged || !ours) history.pushState(history.state, '', url.href);
    else history.replaceState(history.state, '', url.href);
  });

  const follow = (): void => {
    const target = parseHash(location.hash, prefix);
    if (target === null && !inUrl) return;
    if (target !== null) inUrl = true;
    const goal = target ?? HOME;
    if (!isAt(model.place.peek(), goal)) void model.restore(goal);
  };
  view.addEventListener('popstate', follow);
  view.addEventListener('hashchange', follow);

  return () => {
    stop();
    view.removeEventListener('popstate', follow);
    view.removeEventListener('hashchange', follow);
  };
}
