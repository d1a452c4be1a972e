/**
 * Bytes: the script and each part as built (gzip -9 with zlib level 9, brotli quality 11),
 * and the stack floor (bench/floor/main.tsx) built the way the script is, to a temp folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface FileBytes {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function measureBytes(file: string, bytes: Uint8Array): FileBytes {
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** `my-orders.js` and `parts/*.js` of a built script. */
export function scriptBytes(distDir: string): { script: FileBytes; parts: FileBytes[] } {
  const script = measureBytes('my-orders.js', readFileSync(join(distDir, 'my-orders.js')));
  const parts = readdirSync(join(distDir, 'parts'))
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => measureBytes(`parts/${name}`, readFileSync(join(distDir, 'parts', name))));
  return { script, parts };
}

/**
 * The floor app as one classic script: Vite library IIFE, minified like the widget's script
 * (terser with two passes, then rolldown's minifier, no comments but legal ones).
 */
export async function floorBytes(root: string): Promise<FileBytes> {
  const outDir = mkdtempSync(join(tmpdir(), 'my-orders-floor-'));
  try {
    await build({
      root,
      configFile: false,
      publicDir: false,
      logLevel: 'error',
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: true,
        copyPublicDir: false,
        reportCompressedSize: false,
        target: 'es2022',
        minify: 'terser',
        terserOptions: { module: true, compress: { passes: 2 } },
        lib: {
          entry: join(root, 'bench', 'floor', 'main.tsx'),
          formats: ['iife'],
          name: 'floor',
          fileName: () => 'floor.js',
        },
        rolldownOptions: { output: { minify: true, comments: { annotation: false, jsdoc: false, legal: true } } },
      },
    });
    return measureBytes('floor.js', readFileSync(join(outDir, 'floor.js')));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
