/**
 * Release files for the script tag: the build writes `my-orders-<version>.js` (+ map) and this
 * copies it byte for byte to `my-orders.js` (+ map), so one SRI hash fits both names. Both
 * point at the versioned map, which never changes once published. The lazy parts
 * (`parts/<name>-<hash>.js`, the catalogs among them) need no twin: their names
 * change with their bytes, and both entry names load the same ones, each pinned by its sha384
 * inside the entry (scripts/build/chunk-linker.mjs).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SCRIPT_NAME = 'my-orders';
/** The script tag's lazy parts, beside it (`chunks/` is the ES module build's). */
export const PARTS_DIR = 'parts';

export function versionedScriptName(version) {
  return `${SCRIPT_NAME}-${version}.js`;
}

export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * A part's integrity, which the entry carries for each part: sha256, as strong a pin for SRI
 * and 20 characters shorter than sha384 in the gated entry (the store's own pin stays sha384).
 */
export function partIntegrityOf(bytes) {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The lazy parts the build wrote (`order-part-<hash>.js`, ...); none when the source has no split. */
export function partFiles(outDir) {
  const dir = join(outDir, PARTS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .sort()
    : [];
}

export function writeRelease({ outDir, version }) {
  const versioned = versionedScriptName(version);
  const plain = `${SCRIPT_NAME}.js`;
  copyFileSync(join(outDir, versioned), join(outDir, plain));
  copyFileSync(join(outDir, `${versioned}.map`), join(outDir, `${plain}.map`));
  const bytes = readFileSync(join(outDir, plain));
  const integrity = integrityOf(bytes);
  writeFileSync(join(outDir, `${SCRIPT_NAME}.sri.txt`), `${integrity}\n`);
  return { files: [plain, versioned], integrity, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
}

/** Sizes in KiB, the unit of the size gate (tests/e2e/size-gate.ts). */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
