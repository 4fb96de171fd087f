/**
 * The end-to-end evaluation set (`test/eval/questions.json`): single
 * questions and multi-turn dialogs, written apart from the training data.
 * An expectation is the sentence ids an answer may cite first, "fallback",
 * or `[]` for small talk (a reply with no citations that is not a fallback).
 */
import { readFileSync } from 'node:fs';
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

/** Reads and checks the evaluation set; throws `DataError` naming the file and field. */
export function loadEvalSet(path: string): EvalSet {
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
