/**
 * Writes `reports/eval.json`. Numbers are rounded to four decimals so two
 * runs diff cleanly; field names come straight from `EvalReport`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EvalReport } from './run-eval.js';

export function renderJsonReport(report: EvalReport): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value), 2)}\n`;
}

export function writeTextFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
