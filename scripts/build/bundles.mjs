/**
 * The three Vite library builds. Each runs without vite.config.ts (that file is the dev
 * server's) and without `public/`, so `mockServiceWorker.js` never lands in dist.
 */
import { build } from 'vite';

function common(root) {
  return { root, configFile: false, publicDir: false, logLevel: 'warn', mode: 'production' };
}

/** The classic script for a `<script>` tag: one minified IIFE, every dynamic import inlined. */
export async function buildScript({ root, entry, outDir, fileName }) {
  await build({
    ...common(root),
    // Libraries keep `process.env.NODE_ENV` for their consumer's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2022',
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
  await build({
    ...common(root),
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2022',
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
