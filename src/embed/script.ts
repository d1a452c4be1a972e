/**
 * The script-tag entry (`dist/my-orders.js`): defines `<my-orders>` and sets `window.MyOrders`
 * (`{ mount, version }`), each only if not there yet, so a second copy of the script on the
 * page changes nothing. Exports nothing: no other global is created.
 */
import { defineMyOrdersElement } from './element.ts';
import type { MyOrdersOptions } from './options.ts';
import { warnStore } from './store-warning.ts';
import { VERSION } from './version.ts';
import { type MyOrdersHandle, mount } from './widget-mount.tsx';

interface MyOrdersGlobal {
  mount(element: HTMLElement, options?: MyOrdersOptions): MyOrdersHandle;
  readonly version: string;
}

declare global {
  interface Window {
    MyOrders?: MyOrdersGlobal;
  }
}

// The same widget as the ES module's: in dist/ its on-demand imports (the order view, deep
// links, pt-BR and es) are parts beside the script, pinned by its integrity
// (scripts/build/chunk-linker.mjs).
defineMyOrdersElement();

// Only if not there yet: a second copy of the script finds its own, and a page whose own code
// already took the name keeps it (told once). An element with id="MyOrders" is named access,
// not an own property of window, so it does not count.
if (!Object.hasOwn(window, 'MyOrders')) {
  window.MyOrders = Object.freeze({ mount, version: VERSION });
} else if (typeof window.MyOrders?.mount !== 'function') {
  warnStore('window.MyOrders belongs to other code on this page, so it was left alone; <my-orders> still works');
}
