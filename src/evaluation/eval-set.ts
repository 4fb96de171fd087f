/**
 * The end-to-end evaluation set of one article (`test/eval/<article>/`), each
 * file written by someone who saw only the article: single questions and
 * multi-turn dialogs, written apart from the training data.
 * An expectation is the sentence ids an answer may cite first, "fallback",
 * or `[]` for small talk (a reply with no citations that is not a fallback).
 *
 * A suite keeps two kinds of question apart: `tuning/` holds the questions
 * the engine may be fixed against (the gates apply to them), `first-sight/`
 * holds batches that nobody fixed anything for. A batch is scored once, when
 * it arrives, and that score is recorded in `first-sight/records.json`: it is
 * the honest measure of what a new reader meets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { fieldPath } from '../knowledge/load-knowledge.js';
import { DataError } from '../errors.js';

const expectation = z.union([z.literal('fallback'), z.array(z.string().regex(/^s\d+$/, 'use sentence ids such as "s4"'))]);

const evalSetSchema = z.object({
  single: z.array(z.object({ q: z.string().min(1), expect: expectation, kind: z.string().default('unspecified') })),
  dialogs: z.array(
    z.object({
      name: z.string().min(1),
      turns: z.array(z.object({ q: z.string().min(1), expect: expectation })).min(1),
    }),
  ),
});

export type Expectation = z.infer<typeof expectation>;
export type EvalSet = z.infer<typeof evalSetSchema>;

/** One batch of `first-sight/`, with the score it got when it was first run (absent until then). */
export interface FirstSightBatch {
  /** The file's name without `.json`, e.g. `2026-11-29-a`. */
  readonly name: string;
  readonly file: string;
  readonly set: EvalSet;
}

export interface EvalSuite {
  readonly tuning: EvalSet;
  readonly firstSight: readonly FirstSightBatch[];
}

export const TUNING_FOLDER = 'tuning';
export const FIRST_SIGHT_FOLDER = 'first-sight';

/**
 * Reads a suite folder (`tuning/` and `first-sight/`, either of which may be
 * missing); a file, or a folder with neither, is read whole as tuning questions.
 */
export function loadEvalSuite(path: string): EvalSuite {
  const tuning = join(path, TUNING_FOLDER);
  const batches = join(path, FIRST_SIGHT_FOLDER);
  if (!isFolder(tuning) && !isFolder(batches)) return { tuning: loadEvalSet(path), firstSight: [] };
  return {
    tuning: isFolder(tuning) ? loadEvalSet(tuning) : { single: [], dialogs: [] },
    firstSight: isFolder(batches) ? evalSetFiles(batches).map((file) => ({ name: basename(file, '.json'), file, set: loadEvalFile(file) })) : [],
  };
}

/** The file in `first-sight/` that holds each batch's first score; not itself a batch. */
export const FIRST_SIGHT_RECORDS = 'records.json';

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The evaluation files at `path`: the file itself, or every `*.json` file of a folder. */
export function evalSetFiles(path: string): string[] {
  if (!isFolder(path)) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json') && name !== FIRST_SIGHT_RECORDS)
    .sort()
    .map((name) => join(path, name));
}

/** Reads and checks the evaluation set (one file, or all in a folder, merged); throws `DataError` naming file and field. */
export function loadEvalSet(path: string): EvalSet {
  const sets = evalSetFiles(path).map(loadEvalFile);
  return { single: sets.flatMap((set) => set.single), dialogs: sets.flatMap((set) => set.dialogs) };
}

function loadEvalFile(path: string): EvalSet {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError([`${path}: cannot be read as JSON (${(error as Error).message}); fix the file or pass --questions.`]);
  }
  const result = evalSetSchema.safeParse(data);
  if (!result.success) {
    throw new DataError(result.error.issues.map((issue) => `${path}: ${fieldPath(issue.path)} ${issue.message}.`));
  }
  return result.data;
}
