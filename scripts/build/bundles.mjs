/**
 * The Vite library builds: script tag, its locale files, ES modules. Each runs without
 * vite.config.ts (that file is the dev server's) and without `public/`, so
 * `mockServiceWorker.js` never lands in dist.
 */
import { build } from 'vite';

/**
 * The browsers the widget supports anyway (it needs `light-dark()`, `:is()` and `<dialog>`
 * `showModal()`): lightningcss keeps modern CSS as written instead of polyfilling it.
 */
export const CSS_TARGET = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];

/** What every library build shares; `options.build` adds to the shared build settings. */
function libraryBuild(root, outDir, options) {
  return build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    ...options,
    build: { outDir, emptyOutDir: false, copyPublicDir: false, reportCompressedSize: false, target: 'es2022', ...options.build },
  });
}

/**
 * The classic script for a `<script>` tag: one minified IIFE (Vite inlines every bundled
 * dynamic import). Its catalogs other than English are not bundled: it imports them at run
 * time by URL from `locales/` beside itself (buildLocales, src/embed/script-catalogs.ts).
 */
export async function buildScript({ root, entry, outDir, fileName }) {
  await libraryBuild(root, outDir, {
    // Libraries keep `process.env.NODE_ENV` for their consumer's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      cssTarget: CSS_TARGET,
      minify: true,
      sourcemap: true,
      // The entry exports nothing, so no global is assigned; the name only satisfies Vite.
      lib: { entry, formats: ['iife'], name: 'MyOrdersScript', fileName: () => fileName },
    },
  });
}

/**
 * An ES module for bundlers and SSR. Everything is bundled except `external` (so Preact stays
 * private to the widget); left unminified, the consumer's bundler minifies.
 */
export async function buildModule({ root, entry, outDir, fileName, external = [] }) {
  await libraryBuild(root, outDir, {
    build: {
      cssTarget: CSS_TARGET,
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        external,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/**
 * The script tag's catalogs: one small minified ES module per locale (`<name>.js`, the
 * catalog as its default export), imported at run time from beside the script.
 */
export async function buildLocales({ root, entries, outDir }) {
  await libraryBuild(root, outDir, {
    build: {
      sourcemap: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      // Vite keeps whitespace in ES library output; these files are only ever fetched by browsers.
      rolldownOptions: { output: { minify: true } },
    },
  });
}
