/**
 * The catalogs a widget can speak: English is always at hand; pt-BR and es come through a
 * loader each entry brings (the script tag imports built files beside itself, the ES module
 * and the tests import the sources), so first load carries only the shopper's language.
 */
import { type Catalog, englishCatalog, type Locale, type Messages } from './translate.ts';

export type CatalogLocale = Exclude<Locale, 'en'>;

/** Loads one locale's messages; rejects when they cannot be had. */
export type CatalogLoader = (locale: CatalogLocale) => Promise<Messages>;

export interface Catalogs {
  /** The locale's messages if loaded already (English always); undefined otherwise. */
  peek(locale: Locale): Catalog | undefined;
  /** The locale's messages, loaded once and shared; null when the load failed. */
  load(locale: Locale): Promise<Catalog | null>;
}

/** `onFailure` hears each failed load (the widget warns the store once). */
export function createCatalogs(
  loader: CatalogLoader,
  onFailure: (locale: CatalogLocale, error: unknown) => void,
): Catalogs {
  const loaded = new Map<Locale, Catalog>([['en', englishCatalog()]]);
  const pending = new Map<CatalogLocale, Promise<Messages | null>>();

  function start(locale: CatalogLocale): Promise<Messages | null> {
    const loading = loader(locale).then(
      (messages) => {
        loaded.set(locale, messages);
        return messages;
      },
      (error: unknown) => {
        onFailure(locale, error);
        return null;
      },
    );
    // Settled: a success now sits in `loaded`; a failure is tried again by the next load.
    void loading.then(() => pending.delete(locale));
    pending.set(locale, loading);
    return loading;
  }

  return {
    peek: (locale) => loaded.get(locale),
    load(locale) {
      const messages = loaded.get(locale);
      if (messages || locale === 'en') return Promise.resolve(messages ?? englishCatalog());
      return pending.get(locale) ?? start(locale);
    },
  };
}
