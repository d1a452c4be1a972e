/**
 * The widget as a store embeds it with the script tag: a `<my-orders>` element with
 * attributes, appended to the page. Use beside `useMockBackend()` (which owns MSW and the
 * mock); elements are removed after every test.
 */

import { within } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { defineMyOrdersElement, type MyOrdersElement } from '../../../src/index.ts';

export function useElements() {
  defineMyOrdersElement();
  const created: MyOrdersElement[] = [];

  afterEach(() => {
    for (const element of created.splice(0)) {
      element.destroy();
      element.remove();
    }
  });

  /** Creates `<my-orders>` with these attributes; `before` runs before it is connected. */
  function renderElement(attributes: Record<string, string> = {}, before?: (element: MyOrdersElement) => void) {
    const element = document.createElement('my-orders');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    before?.(element);
    document.body.append(element);
    created.push(element);
    const root = element.shadowRoot as unknown as HTMLElement;
    return { element, root, view: within(root) };
  }

  return { renderElement };
}

export interface HostEvent {
  type: string;
  detail: unknown;
}

/** Every `my-orders:*` event of the widget's life heard on a host, in order. */
export function recordHostEvents(host: HTMLElement): HostEvent[] {
  const events: HostEvent[] = [];
  for (const type of ['my-orders:ready', 'my-orders:error', 'my-orders:navigate']) {
    host.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}
