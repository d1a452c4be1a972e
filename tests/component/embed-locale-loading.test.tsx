/**
 * Only English ships inside the widget; another language's catalog is imported on demand, once
 * for every widget on the page. Until it arrives the widget shows its skeleton without words
 * (the first page loading meanwhile); if it never arrives, English. The import is the one seam
 * replaced here (the test answers it by hand), with a fresh widget module per test so each
 * starts with no catalog loaded.
 */

import { waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyOrdersOptions } from '../../src/embed/options.ts';
import type { MyOrdersHandle } from '../../src/embed/widget-mount.tsx';
import type { CatalogLoader, CatalogLocale } from '../../src/i18n/catalogs.ts';
import type { Messages } from '../../src/i18n/translate.ts';
import { useMockBackend } from './support/widget-harness.ts';

const { backend, signIn } = useMockBackend();

const catalogImport = vi.hoisted(() => ({ current: null as CatalogLoader | null, real: null as CatalogLoader | null }));
vi.mock('../../src/i18n/source-catalogs.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/source-catalogs.ts')>();
  catalogImport.real = real.importCatalog;
  return { importCatalog: (locale: CatalogLocale) => (catalogImport.current ?? real.importCatalog)(locale) };
});
const importCatalog: CatalogLoader = (locale) => {
  if (!catalogImport.real) throw new Error('the catalog module was not loaded');
  return catalogImport.real(locale);
};

const mounted: Array<{ host: HTMLElement; handle: MyOrdersHandle }> = [];
afterEach(() => {
  for (const { host, handle } of mounted.splice(0)) {
    handle.destroy();
    host.remove();
  }
  vi.restoreAllMocks();
});

/** A loader the test answers by hand: each request waits until `settle` is called. */
function handLoader() {
  const waiting: Array<{ locale: CatalogLocale; settle: (outcome?: Error) => void }> = [];
  const loader = vi.fn<CatalogLoader>(
    (locale) =>
      new Promise<Messages>((resolve, reject) => {
        waiting.push({ locale, settle: (outcome) => (outcome ? reject(outcome) : resolve(importCatalog(locale))) });
      }),
  );
  return { loader, waiting };
}

async function renderWith(loader: CatalogLoader) {
  catalogImport.current = loader;
  vi.resetModules();
  const { mount } = await import('../../src/embed/widget-mount.tsx');
  return (options: MyOrdersOptions) => {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = mount(host, options);
    mounted.push({ host, handle });
    const root = host.shadowRoot as unknown as HTMLElement;
    return { host, handle, root, view: within(root) };
  };
}

const listRequests = () =>
  backend.requests.filter((request) => new URL(request.url).pathname.endsWith('/api/oms/user/orders'));

describe('catalogs loaded on demand', () => {
  it('a pt-BR widget speaks Portuguese; its catalog is asked for once, whatever the widgets and switches', async () => {
    signIn('main');
    const loader = vi.fn<CatalogLoader>(importCatalog);
    const render = await renderWith(loader);
    const { handle, root, view } = render({ locale: 'pt-BR' });
    expect(await view.findByRole('heading', { level: 2, name: 'Seus pedidos' })).toBeTruthy();
    expect(root.querySelector('.my-orders')?.getAttribute('lang')).toBe('pt-BR');
    await view.findAllByRole('article');

    const second = render({ locale: 'pt' });
    expect(await second.view.findByRole('heading', { level: 2, name: 'Seus pedidos' })).toBeTruthy();
    handle.update({ locale: 'es' });
    expect(await view.findByRole('heading', { level: 2, name: 'Tus pedidos' })).toBeTruthy();
    handle.update({ locale: 'pt-BR' });
    expect(view.getByRole('heading', { level: 2, name: 'Seus pedidos' })).toBeTruthy();
    expect(loader.mock.calls).toEqual([['pt-BR'], ['es']]);
  });

  it('English needs no loader: the first draw already has its words', async () => {
    signIn('main');
    const loader = vi.fn<CatalogLoader>(importCatalog);
    const { root, view } = (await renderWith(loader))({ locale: 'en' });
    // The first draw comes a microtask after mount, once the first page has been asked for
    // (list-mutations.test.tsx): still before anything can be painted.
    const firstDraw = await new Promise<string>((resolve) =>
      new MutationObserver((records, observer) => {
        observer.disconnect();
        resolve(records.map((record) => [...record.addedNodes].map((node) => node.textContent).join('')).join(''));
      }).observe(root, { subtree: true, childList: true }),
    );
    expect(firstDraw).toContain('Your orders');
    expect(view.getByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
    expect(loader).not.toHaveBeenCalled();
  });

  it('while the catalog loads: the skeleton without words, and the first page already requested', async () => {
    signIn('main');
    const { loader, waiting } = handLoader();
    const { root, view } = (await renderWith(loader))({ locale: 'es', theme: 'dark' });

    await waitFor(() => expect(listRequests()).toHaveLength(1));
    // The page is here, the words are not: after the first draw's wait, the skeleton.
    await waitFor(() => expect(root.querySelectorAll('.order-row-skeleton')).toHaveLength(4), { timeout: 3_000 });
    expect(root.querySelector('.my-orders')?.getAttribute('data-theme')).toBe('dark');
    expect(root.textContent?.trim()).toBe('');
    expect(view.queryByRole('heading')).toBeNull();

    waiting[0]?.settle();
    expect(await view.findByRole('heading', { level: 2, name: 'Tus pedidos' })).toBeTruthy();
    await view.findAllByRole('article');
    expect(listRequests()).toHaveLength(1);
  });

  it('a catalog that fails to load leaves the widget in English, with a warning', async () => {
    signIn('main');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { loader, waiting } = handLoader();
    const { root, view } = (await renderWith(loader))({ locale: 'pt-BR' });
    await waitFor(() => expect(waiting).toHaveLength(1));

    waiting[0]?.settle(new TypeError('Failed to fetch dynamically imported module'));
    expect(await view.findByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
    expect(root.querySelector('.my-orders')?.getAttribute('lang')).toBe('en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pt-BR'), expect.any(TypeError));
  });

  it('update({ locale }): the words on screen stay until the new catalog is here, then all change at once', async () => {
    signIn('main');
    const { loader, waiting } = handLoader();
    const { handle, view } = (await renderWith(loader))({ locale: 'en' });
    await view.findAllByRole('article');

    handle.update({ locale: 'es', messages: { 'list.heading': 'Mis compras' }, theme: 'dark' });
    await waitFor(() => expect(waiting).toHaveLength(1));
    expect(view.getByRole('heading', { level: 2, name: 'Your orders' })).toBeTruthy();
    expect(view.getByText('Page 1 of 4')).toBeTruthy();

    waiting[0]?.settle();
    expect(await view.findByRole('heading', { level: 2, name: 'Mis compras' })).toBeTruthy();
    expect(view.getByText('Página 1 de 4')).toBeTruthy();
  });
});
