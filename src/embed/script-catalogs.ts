/**
 * Where the script tag finds pt-BR and es: small ES modules the build writes to `locales/`
 * beside the script, imported at run time from the script's own URL (a same-origin module
 * import is allowed under `script-src 'self'`). The versioned script
 * (`my-orders-<version>.js`, cached for good) loads the versioned catalogs, so it never
 * meets another release's keys.
 */
import type { CatalogLoader } from '../i18n/catalogs.ts';
import type { Messages } from '../i18n/translate.ts';

/** `scriptUrl`: the script's `src`, read while it first ran ('' when unknown). */
export function catalogsBesideScript(scriptUrl: string, version: string): CatalogLoader {
  const versioned = scriptUrl.split(/[?#]/)[0]?.endsWith(`-${version}.js`) ?? false;
  return async (locale) => {
    if (!scriptUrl) throw new Error('my-orders: the script’s own URL is unknown (it ran without document.currentScript)');
    const url = new URL(`./locales/${versioned ? `${locale}-${version}` : locale}.js`, scriptUrl);
    const catalog: unknown = ((await import(/* @vite-ignore */ url.href)) as { default?: unknown }).default;
    if (typeof catalog !== 'object' || catalog === null) throw new TypeError(`my-orders: ${url.href} holds no catalog`);
    return catalog as Messages;
  };
}
