/**
 * The size gates: what a store's shoppers download for the script tag, gzip -9, and what its
 * parts add when first needed (the sum of `parts/*.js`, so size cannot creep there unseen).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import budget from '../../size-budget.json' with { type: 'json' };

/** The gates and the target live in size-budget.json, the one place that states them. */
export const SCRIPT_TAG_GZIP_BUDGET_BYTES: number = budget.maxBytes;
export const SCRIPT_TAG_GZIP_TARGET_BYTES: number = budget.targetBytes;
export const PARTS_GZIP_BUDGET_BYTES: number = budget.partsMaxBytes;

export interface SizeReport {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

export interface PartsReport {
  dir: string;
  /** Each `parts/*.js` file with its own gzip -9 size. */
  files: { name: string; gzipBytes: number }[];
  /** The sum over the files (each compressed alone, as a browser fetches it). */
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

const gzipBytesOf = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`;

export function measureBundle(file: string): SizeReport {
  const buffer = readFileSync(file);
  const gzipBytes = gzipBytesOf(buffer);
  return {
    file,
    rawBytes: buffer.length,
    gzipBytes,
    budgetBytes: SCRIPT_TAG_GZIP_BUDGET_BYTES,
    withinBudget: gzipBytes <= SCRIPT_TAG_GZIP_BUDGET_BYTES,
  };
}

/** The lazy parts in `dir` (dist/parts); no folder counts as no parts. */
export function measureParts(dir: string): PartsReport {
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .sort()
    : [];
  const files = names.map((name) => ({ name, gzipBytes: gzipBytesOf(readFileSync(join(dir, name))) }));
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    dir,
    files,
    gzipBytes,
    budgetBytes: PARTS_GZIP_BUDGET_BYTES,
    withinBudget: gzipBytes <= PARTS_GZIP_BUDGET_BYTES,
  };
}

export function describeSize(report: SizeReport): string {
  const toGo = report.gzipBytes - SCRIPT_TAG_GZIP_TARGET_BYTES;
  const target =
    toGo > 0
      ? `; target ${kb(SCRIPT_TAG_GZIP_TARGET_BYTES)}, ${kb(toGo)} to go`
      : `; within the ${kb(SCRIPT_TAG_GZIP_TARGET_BYTES)} target`;
  return `${report.file}: ${report.rawBytes} bytes, gzip -9 ${report.gzipBytes} bytes (${kb(report.gzipBytes)}) of a ${report.budgetBytes}-byte gate (${kb(report.budgetBytes)})${target}`;
}

export function describeParts(report: PartsReport): string {
  const files = report.files.map((file) => `${file.name} ${file.gzipBytes}`).join(', ') || 'none';
  return `${report.dir}: ${report.files.length} part(s) (${files}), gzip -9 ${report.gzipBytes} bytes (${kb(report.gzipBytes)}) of a ${report.budgetBytes}-byte gate (${kb(report.budgetBytes)})`;
}
