/**
 * The end-to-end evaluation set (every `*.json` file in `test/eval/`, each
 * written by someone who saw only the article): single questions and
 * multi-turn dialogs, written apart from the training data.
 * An expectation is the sentence ids an answer may cite first, "fallback",
 * or `[]` for small talk (a reply with no citations that is not a fallback).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** The evaluation files at `path`: the file itself, or every `*.json` file of a folder. */
export function evalSetFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
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
