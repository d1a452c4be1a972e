/**
 * The catalogs other than English, each imported on demand: a chunk of its own for the store's
 * bundler (ES module), a part beside the script for the script tag.
 */
import type { CatalogLoader } from './catalogs.ts';

export const importCatalog: CatalogLoader = async (locale) =>
  (locale === 'pt-BR' ? await import('./locales/pt-BR.ts') : await import('./locales/es.ts')).default;
