/**
 * The Vite library builds: the script tag with its parts, the ES modules. Each runs without
 * vite.config.ts (that file is the dev server's) and without `public/`, so
 * `mockServiceWorker.js` never lands in dist.
 */
import { build } from 'vite';
import { chunkLinker } from './chunk-linker.mjs';
import { PROJECT_MANGLE, terserPropertyMangling } from './mangle.mjs';
import { PARTS_DIR } from './release.mjs';

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
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2022',
      ...options.build,
    },
  });
}

/**
 * The classic script for a `<script>` tag, `fileName`, plus its lazy parts in `parts/`: built
 * as minified, code-split ES, then made classic scripts by the chunk linker (chunk-linker.mjs),
 * so the code behind each dynamic `import()` of the source (the order view, deep links, each
 * catalog but English) loads only when it is first needed. `mangle` maps private property names
 * to short ones (mangle.mjs); the widget's map by default, a fixture's own in the build checks.
 */
export async function buildScript({ root, entry, outDir, fileName, logLevel = 'warn', mangle = PROJECT_MANGLE }) {
  await libraryBuild(root, outDir, {
    logLevel,
    // Libraries keep `process.env.NODE_ENV` for their consumer's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [chunkLinker()],
    build: {
      cssTarget: CSS_TARGET,
      // Terser, then rolldown's own minifier over its output: each finds savings the other
      // misses (~350 B gzip on the entry); the entry's size is gated (size-budget.json).
      // Terser also renames the widget's private properties by one fixed map (mangle.json,
      // mangle.mjs): the entry and each part are minified apart, and the map gives a property
      // the same short name in all of them.
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 2 }, mangle: { properties: terserPropertyMangling(mangle) } },
      cssMinify: 'lightningcss',
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Lets rolldown keep what the entry and a part share inside the entry (adding exports
        // the linker maps) instead of moving it to a common chunk the page would load first.
        preserveEntrySignatures: 'allow-extension',
        // Vite keeps whitespace in ES library output; this one goes to browsers as it is. The
        // `@__PURE__` annotations a bundler would want are dead weight to a browser (~100 of them).
        output: {
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: true },
          chunkFileNames: (chunk) => `${PARTS_DIR}/${partName(chunk)}-[hash].js`,
        },
      },
    },
  });
}

/** A part is named after its module, with its room in src/embed/ when it has one (deep-link/sync.ts: deep-link-sync). */
function partName(chunk) {
  const room = /\/src\/embed\/([\w-]+)\/[^/]+$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return room ? `${room}-${chunk.name}` : chunk.name;
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
