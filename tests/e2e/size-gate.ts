/**
 * The size gate: what a store's shoppers download for the script tag, gzip -9.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import budget from '../../size-budget.json' with { type: 'json' };

/** The gate and the target live in size-budget.json, the one place that states them. */
export const SCRIPT_TAG_GZIP_BUDGET_BYTES: number = budget.maxBytes;
export const SCRIPT_TAG_GZIP_TARGET_BYTES: number = budget.targetBytes;

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
  const toGo = report.gzipBytes - SCRIPT_TAG_GZIP_TARGET_BYTES;
  const target = toGo > 0 ? `; target ${kb(SCRIPT_TAG_GZIP_TARGET_BYTES)}, ${kb(toGo)} to go` : `; within the ${kb(SCRIPT_TAG_GZIP_TARGET_BYTES)} target`;
  return `${report.file}: ${report.rawBytes} bytes, gzip -9 ${report.gzipBytes} bytes (${kb(report.gzipBytes)}) of a ${report.budgetBytes}-byte gate (${kb(report.budgetBytes)})${target}`;
}
