/**
 * Catalogs imported from the sources: the ES module build (the bundler gives each locale
 * its own chunk), the tests and the dev server. The script tag cannot split chunks and
 * loads built files instead (src/embed/script-catalogs.ts).
 */
import type { CatalogLoader } from './catalogs.ts';

export const importCatalog: CatalogLoader = async (locale) =>
  (locale === 'pt-BR' ? await import('./locales/pt-BR.ts') : await import('./locales/es.ts')).default;
