/**
 * The size gate: what a store's shoppers download for the script tag, gzip -9.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * The budget for `dist/my-orders.js`, gzip -9, in bytes. It only ever moves down: when the
 * bundle shrinks, lower it to keep the gain; never raise it to let a change in.
 */
export const SCRIPT_TAG_GZIP_BUDGET_BYTES = 28 * 1024;

export interface SizeReport {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

export function measureBundle(file: string): SizeReport {
  const buffer = readFileSync(file);
  const gzipBytes = gzipSync(buffer, { level: 9 }).length;
  return { file, rawBytes: buffer.length, gzipBytes, budgetBytes: SCRIPT_TAG_GZIP_BUDGET_BYTES, withinBudget: gzipBytes <= SCRIPT_TAG_GZIP_BUDGET_BYTES };
}

export function describeSize(report: SizeReport): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} kB`;
  return `${report.file}: ${report.rawBytes} bytes, gzip -9 ${report.gzipBytes} bytes (${kb(report.gzipBytes)}) of a ${report.budgetBytes}-byte budget (${kb(report.budgetBytes)})`;
}
