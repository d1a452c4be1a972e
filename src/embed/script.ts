/**
 * The script-tag entry (`dist/my-orders.js`): defines `<my-orders>` and sets `window.MyOrders`
 * (`{ mount, version }`), each only if not there yet, so a second copy of the script on the
 * page changes nothing. Exports nothing: no other global is created.
 */
import { importCatalog } from '../i18n/source-catalogs.ts';
import { defineMyOrdersElementWith } from './element.ts';
import type { MyOrdersOptions } from './options.ts';
import { catalogsBesideScript } from './script-catalogs.ts';
import { VERSION } from './version.ts';
import { createMount, type MyOrdersHandle } from './widget-mount.tsx';

interface MyOrdersGlobal {
  mount(element: HTMLElement, options?: MyOrdersOptions): MyOrdersHandle;
  readonly version: string;
}

declare global {
  interface Window {
    MyOrders?: MyOrdersGlobal;
  }
}

// Read now: `document.currentScript` is only set while the script first runs.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
// The built script loads pt-BR and es from beside itself (one file is all an IIFE can be); the
// dev server and the tests have no built files and import the sources. The build drops the
// branch it does not take, so no catalog but English is inside dist/my-orders.js.
const mount = createMount(import.meta.env.PROD ? catalogsBesideScript(scriptUrl, VERSION) : importCatalog);

defineMyOrdersElementWith(mount);

// `in` would also see an element with id="MyOrders" (named access): check for our own shape.
if (typeof window.MyOrders?.mount !== 'function') {
  window.MyOrders = Object.freeze({ mount, version: VERSION });
}
