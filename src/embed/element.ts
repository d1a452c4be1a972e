/**
 * `<my-orders>`: the widget as a custom element. Mounts when connected, destroys when removed
 * (a microtask later, so a host that moves the element keeps the shopper's place). Attribute
 * changes in one task are applied together. The class is made when the element is defined,
 * so importing this module touches no browser global (server-side rendering).
 */
import {
  ATTRIBUTE_OPTIONS,
  type MyOrdersAttribute,
  OBSERVED_ATTRIBUTES,
  optionsFromAttributes,
} from './element-attributes.ts';
import type { MyOrdersOptions } from './options.ts';
import { type MyOrdersHandle, mount } from './widget-mount.tsx';

export interface MyOrdersElement extends HTMLElement, MyOrdersHandle {
  /** Cancellation reasons in the shopper's language ("Other" is always added). */
  reasons: string[] | undefined;
}

export interface MyOrdersElementConstructor {
  new (): MyOrdersElement;
  readonly observedAttributes: string[];
}

export const DEFAULT_TAG_NAME = 'my-orders';

function isAttribute(name: string): name is MyOrdersAttribute {
  return name in ATTRIBUTE_OPTIONS;
}

function createMyOrdersElementClass(): MyOrdersElementConstructor {
  return class MyOrdersElementImpl extends HTMLElement implements MyOrdersElement {
    static get observedAttributes(): string[] {
      return [...OBSERVED_ATTRIBUTES];
    }

    #handle: MyOrdersHandle | null = null;
    #reasons: string[] | undefined = undefined;
    /** Options given to `update()`; an attribute set later wins over its key. */
    #overrides: MyOrdersOptions = {};
    /** Bumped on every connect and disconnect: a pending destroy checks it is still the latest. */
    #connections = 0;
    #changePending = false;

    constructor() {
      super();
      // A `reasons` set before the element was defined sits on the instance: route it through the setter.
      if (Object.hasOwn(this, 'reasons')) {
        const early: unknown = (this as { reasons?: unknown }).reasons;
        delete (this as { reasons?: unknown }).reasons;
        this.reasons = Array.isArray(early)
          ? early.filter((item): item is string => typeof item === 'string')
          : undefined;
      }
    }

    get reasons(): string[] | undefined {
      return this.#reasons ? [...this.#reasons] : undefined;
    }

    set reasons(value: string[] | undefined) {
      this.#reasons = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : undefined;
      delete this.#overrides.reasons;
      this.#applySoon();
    }

    connectedCallback(): void {
      this.#connections += 1;
      this.#handle ??= mount(this, this.#options());
    }

    disconnectedCallback(): void {
      const connection = ++this.#connections;
      queueMicrotask(() => {
        if (connection === this.#connections && !this.isConnected) this.destroy();
      });
    }

    attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
      if (previous === value || !isAttribute(name)) return;
      delete this.#overrides[ATTRIBUTE_OPTIONS[name]];
      this.#applySoon();
    }

    update(options: MyOrdersOptions): void {
      this.#overrides = { ...this.#overrides, ...options };
      this.#handle?.update(this.#options());
    }

    open(orderId: string): void {
      this.#handle?.open(orderId);
    }

    close(): void {
      this.#handle?.close();
    }

    destroy(): void {
      const handle = this.#handle;
      this.#handle = null;
      handle?.destroy();
    }

    #options(): MyOrdersOptions {
      // Chromium hides the nonce attribute once connected; the property keeps it.
      const nonce = this.nonce || this.getAttribute('nonce') || undefined;
      return { ...optionsFromAttributes(this), reasons: this.#reasons, nonce, ...this.#overrides };
    }

    #applySoon(): void {
      if (!this.#handle || this.#changePending) return;
      this.#changePending = true;
      queueMicrotask(() => {
        this.#changePending = false;
        this.#handle?.update(this.#options());
      });
    }
  };
}

/** Defines `<my-orders>` (or `tagName`) once; returns the class in use. */
export function defineMyOrdersElement(tagName: string = DEFAULT_TAG_NAME): MyOrdersElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing as unknown as MyOrdersElementConstructor;
  const definition = createMyOrdersElementClass();
  customElements.define(tagName, definition);
  return definition;
}

declare global {
  interface HTMLElementTagNameMap {
    'my-orders': MyOrdersElement;
  }
}
