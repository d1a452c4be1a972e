/**
 * The script-tag entry (`dist/my-orders.js`): defines `<my-orders>` and sets `window.MyOrders`
 * (`{ mount, version }`), each only if not there yet, so a second copy of the script on the
 * page changes nothing. Exports nothing: no other global is created.
 */
import { defineMyOrdersElement } from './element.ts';
import type { MyOrdersOptions } from './options.ts';
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

// `in` would also see an element with id="MyOrders" (named access): check for our own shape.
if (typeof window.MyOrders?.mount !== 'function') {
  window.MyOrders = Object.freeze({ mount, version: VERSION });
}
