/**
 * The questions the bench asks: the project's evaluation set, single
 * questions and dialog turns mixed the way a live bot sees them (many
 * conversations interleaved, each conversation's turns in order).
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../src/evaluation/stratified-folds.js';

export interface EvalSet {
  readonly single: ReadonlyArray<{ readonly q: string }>;
  readonly dialogs: ReadonlyArray<{ readonly name: string; readonly turns: ReadonlyArray<{ readonly q: string }> }>;
}

export interface WorkItem {
  readonly question: string;
  /** Conversation the question belongs to, unique within one pass of the workload. */
  readonly conversation: string;
}

export function readEvalSet(path: string): EvalSet {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<EvalSet>;
  if (!Array.isArray(data.single) || !Array.isArray(data.dialogs)) {
    throw new Error(`bench: ${path} needs "single" and "dialogs" arrays; see test/eval/huawei/tuning/questions.json.`);
  }
  return data as EvalSet;
}

/**
 * One pass over every evaluation question. Each single question is its own
 * conversation; dialog turns keep their order but are interleaved with the
 * rest by a seeded shuffle, so every run asks the same sequence.
 */
export function mixedWorkload(set: EvalSet, seed = 42): WorkItem[] {
  const queues: WorkItem[][] = [
    ...set.single.map((item, index) => [{ question: item.q, conversation: `q${index}` }]),
    ...set.dialogs.map((dialog, index) => dialog.turns.map((turn) => ({ question: turn.q, conversation: `d${index}` }))),
  ];
  const random = seededRandom(seed);
  const items: WorkItem[] = [];
  while (queues.length > 0) {
    const pick = Math.floor(random() * queues.length);
    const queue = queues[pick] ?? [];
    const next = queue.shift();
    if (next !== undefined) items.push(next);
    if (queue.length === 0) queues.splice(pick, 1);
  }
  return items;
}
