/** The shape of `reports/bench.json`: one run, every section, the targets checked. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EngineProbeResult } from './engine-probe.js';
import type { ArticlesMeasurement } from './measure-articles.js';
import type { MachineDescription } from './machine.js';
import type { GrowthLevel } from './measure-growth.js';
import type { HttpMeasurement } from './measure-http.js';
import type { MemoryMeasurement } from './measure-memory.js';
import type { ProfileMeasurement } from './measure-profile.js';
import type { StartupMeasurement } from './measure-startup.js';
import type { BenchSettings } from './options.js';
import type { SourceRevision } from '../src/evaluation/source-commit.js';
import { round } from './stats.js';
import type { TargetCheck } from './targets.js';

export const REPORT_VERSION = 2;

export interface EngineSection extends EngineProbeResult {
  /** Questions in one pass of the mixed workload (single questions plus dialog turns). */
  readonly workloadQuestions: number;
}

export interface BenchReport {
  readonly version: typeof REPORT_VERSION;
  readonly mode: BenchSettings['mode'];
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: MachineDescription;
  readonly source: SourceRevision;
  readonly settings: BenchSettings;
  readonly engine: EngineSection;
  readonly http: HttpMeasurement;
  readonly profile: ProfileMeasurement;
  readonly startup: StartupMeasurement;
  /** Start-up time and memory with the first article alone, the first two, …: what each added article costs. */
  readonly articles: ArticlesMeasurement;
  readonly memory: MemoryMeasurement;
  readonly growth: readonly GrowthLevel[];
  readonly targets: readonly TargetCheck[];
}

/** Writes the report with fractions rounded to three decimals, for people reading the file. */
export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  const json = JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round(value) : value), 2);
  writeFileSync(path, `${json}\n`);
}
