/**
 * Release files for the script tag: the build writes `my-orders-<version>.js` (+ map) and this
 * copies it byte for byte to `my-orders.js` (+ map), so one SRI hash fits both names. Both
 * point at the versioned map, which never changes once published. Each locale file
 * `locales/<locale>.js` gets a versioned twin `locales/<locale>-<version>.js`, the one the
 * versioned script loads.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SCRIPT_NAME = 'my-orders';
export const LOCALES_DIR = 'locales';

export function versionedScriptName(version) {
  return `${SCRIPT_NAME}-${version}.js`;
}

export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The locale files the build wrote (`pt-BR.js`, ...); their versioned twins have dots in the name. */
export function localeFiles(outDir) {
  return readdirSync(join(outDir, LOCALES_DIR)).filter((name) => /^[\w-]+\.js$/.test(name)).sort();
}

export function versionedLocaleName(file, version) {
  return file.replace(/\.js$/, `-${version}.js`);
}

export function writeRelease({ outDir, version }) {
  for (const file of localeFiles(outDir)) {
    copyFileSync(join(outDir, LOCALES_DIR, file), join(outDir, LOCALES_DIR, versionedLocaleName(file, version)));
  }
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
