/**
 * The script-tag entry: it defines `<my-orders>` and adds `MyOrders` (`mount`, `version`) to
 * window and nothing else; a second copy of the script on the page changes nothing.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { useMockBackend } from './support/widget-harness.ts';

const { signIn } = useMockBackend();

const packageVersion = (
  JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

interface MyOrdersGlobal {
  mount(element: HTMLElement, options?: object): { destroy(): void };
  version: string;
}

const globalApi = () => (window as unknown as { MyOrders?: MyOrdersGlobal }).MyOrders;

describe('the script tag', () => {
  it('adds only MyOrders to window, defines <my-orders> once, and a second copy keeps the first', async () => {
    const before = new Set(Object.keys(window));
    const define = vi.spyOn(customElements, 'define');
    expect(customElements.get('my-orders')).toBeUndefined();

    await import('../../src/embed/script.ts');
    const added = Object.keys(window).filter((key) => !before.has(key));
    expect(added).toEqual(['MyOrders']);
    const first = globalApi();
    expect(typeof first?.mount).toBe('function');
    expect(first?.version).toBe(packageVersion);
    const element = customElements.get('my-orders');
    expect(element).toBeDefined();

    // The store pastes the tag twice (or a theme loads it again): a fresh copy of every module.
    vi.resetModules();
    await import('../../src/embed/script.ts');
    expect(define).toHaveBeenCalledTimes(1);
    expect(customElements.get('my-orders')).toBe(element);
    expect(globalApi()).toBe(first);
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['MyOrders']);
    define.mockRestore();

    // The element and the global both work.
    signIn('main');
    const tag = document.createElement('my-orders');
    tag.setAttribute('locale', 'es');
    document.body.append(tag);
    expect(
      await within(tag.shadowRoot as unknown as HTMLElement).findByRole('heading', { level: 2, name: 'Tus pedidos' }),
    ).toBeTruthy();
    const host = document.createElement('section');
    document.body.append(host);
    const handle = first?.mount(host, { locale: 'pt-BR' });
    expect(
      await within(host.shadowRoot as unknown as HTMLElement).findByRole('heading', { level: 2, name: 'Seus pedidos' }),
    ).toBeTruthy();
    handle?.destroy();
    tag.remove();
    host.remove();
  });

  it('a page whose own code already has window.MyOrders keeps it, and the store is told', async () => {
    const page = window as unknown as { MyOrders?: unknown };
    delete page.MyOrders;
    const theirs = { app: 'the store’s own MyOrders' };
    page.MyOrders = theirs;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    vi.resetModules();
    await import('../../src/embed/script.ts');

    expect(page.MyOrders).toBe(theirs);
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'my-orders: window.MyOrders belongs to other code on this page, so it was left alone; <my-orders> still works',
    ]);
    warn.mockRestore();
    expect(customElements.get('my-orders')).toBeDefined();
  });
});
