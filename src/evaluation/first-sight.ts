/**
 * First-sight records: the score each batch of unseen questions got the one
 * time it was run before anything was changed for it. The records are the
 * headline accuracy, because the tuning questions stop measuring what a new
 * reader meets once the engine has been fixed against them.
 *
 * `first-sight/records.json` maps a batch name to its record. A record is
 * written once (`npm run eval -- --first-sight <batch>`) and never rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DataError } from '../errors.js';
import { fieldPath } from '../knowledge/load-knowledge.js';
import type { AnswerMetrics } from './answer-metrics.js';
import { FIRST_SIGHT_RECORDS, type FirstSightBatch } from './eval-set.js';

const count = z.object({ correct: z.number().int().min(0), total: z.number().int().min(0) });

const recordSchema = z.object({
  /** The day the batch was scored, `YYYY-MM-DD`. */
  scoredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date such as "2026-11-29"'),
  /** The commit of the engine that scored it (with `-dirty` when the work tree had changes). */
  commit: z.string().min(1),
  single: z.number().int().min(0),
  dialogs: z.number().int().min(0),
  inScope: count,
  outOfScope: count,
  followUps: count,
  smalltalk: count,
});

const recordsSchema = z.record(z.string(), recordSchema);

export type FirstSightRecord = z.infer<typeof recordSchema>;
export type FirstSightRecords = Readonly<Record<string, FirstSightRecord>>;

export function recordsFileOf(batch: Pick<FirstSightBatch, 'file'>): string {
  return join(dirname(batch.file), FIRST_SIGHT_RECORDS);
}

/** The records beside the batches of a suite; none when the file does not exist yet. */
export function readFirstSightRecords(path: string): FirstSightRecords {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError([`${path}: cannot be read as JSON (${(error as Error).message}); fix the file.`]);
  }
  const result = recordsSchema.safeParse(data);
  if (!result.success) throw new DataError(result.error.issues.map((issue) => `${path}: ${fieldPath(issue.path)} ${issue.message}.`));
  return result.data;
}

/** What a batch scored, in the shape a record keeps. */
export function recordOf(batch: FirstSightBatch, metrics: AnswerMetrics, scoredOn: string, commit: string): FirstSightRecord {
  const { inScope, outOfScope } = metrics;
  return {
    scoredOn,
    commit,
    single: batch.set.single.length,
    dialogs: batch.set.dialogs.length,
    inScope: { correct: Math.round(inScope.firstCitationAccuracy * inScope.total), total: inScope.total },
    outOfScope: { correct: Math.round(outOfScope.fallbackRecall * outOfScope.total), total: outOfScope.total },
    followUps: { correct: metrics.followUps.correct, total: metrics.followUps.total },
    smalltalk: { correct: metrics.smalltalk.correct, total: metrics.smalltalk.total },
  };
}

/** Throws when the batch already has its record: a second score would no longer be a first sight. */
export function assertUnrecorded(path: string, name: string): FirstSightRecords {
  const records = readFirstSightRecords(path);
  const earlier = records[name];
  if (earlier !== undefined) {
    throw new DataError([`${path}: "${name}" was already scored on ${earlier.scoredOn} (${earlier.commit}); a batch is scored at first sight only once. Write a new batch instead.`]);
  }
  return records;
}

/** Adds a batch's first record. */
export function appendFirstSightRecord(path: string, name: string, record: FirstSightRecord): void {
  const records = assertUnrecorded(path, name);
  writeFileSync(path, `${JSON.stringify({ ...records, [name]: record }, null, 2)}\n`);
}

/** The most recently scored batch (by date, then name), for the headline. */
export function latestRecord(records: FirstSightRecords): { readonly batch: string; readonly record: FirstSightRecord } | undefined {
  const latest = Object.entries(records).sort(([a, x], [b, y]) => x.scoredOn.localeCompare(y.scoredOn) || a.localeCompare(b)).at(-1);
  return latest === undefined ? undefined : { batch: latest[0], record: latest[1] };
}
