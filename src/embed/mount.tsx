/**
 * The widget with its catalogs imported on demand: what the ES module entry exports, what the
 * script tag defines (script.ts) and what the tests mount.
 */
import { importCatalog } from '../i18n/source-catalogs.ts';
import { DEFAULT_TAG_NAME, defineMyOrdersElementWith, type MyOrdersElementConstructor } from './element.ts';
import { createMount, type MountWidget } from './widget-mount.tsx';

export type { MyOrdersHandle } from './widget-mount.tsx';

/** Mounts the widget into `host` (a shadow root of its own); see MyOrdersHandle. */
export const mount: MountWidget = createMount(importCatalog);

/** Defines `<my-orders>` (or `tagName`) once; returns the class in use. */
export function defineMyOrdersElement(tagName: string = DEFAULT_TAG_NAME): MyOrdersElementConstructor {
  return defineMyOrdersElementWith(mount, tagName);
}
