/**
 * Summarises judged answers into the numbers the gates and reports use.
 * Pure: it only counts `ScoredItem`s, so it is tested without an engine.
 */
import type { ScoredItem } from './evaluate-answers.js';

/** A share with the counts behind it, so a report can show "95/100". */
export interface Rate {
  readonly correct: number;
  readonly total: number;
  /** correct / total; 1 when there is nothing to count, so an empty category never fails a gate by itself. */
  readonly rate: number;
}

export interface AnswerMetrics {
  readonly inScope: {
    readonly total: number;
    /** First citation is an expected sentence. */
    readonly firstCitationAccuracy: number;
    /** Some citation is an expected sentence. */
    readonly anyCitationAccuracy: number;
    /** Share answered at all (not a fallback). */
    readonly coverage: number;
  };
  readonly outOfScope: {
    readonly total: number;
    /** Of the out-of-scope questions, the share that fell back. */
    readonly fallbackRecall: number;
    /** Of all single questions that fell back, the share that should have. */
    readonly fallbackPrecision: number;
  };
  readonly smalltalk: Rate;
  /** Dialog turns after the first, judged with the context of the turns before. */
  readonly followUps: Rate;
  /** Of single questions answered with citations, the share whose first citation is right. */
  readonly answerPrecision: number;
  /** Every item judged wrong, singles and dialog turns alike. */
  readonly misses: readonly ScoredItem[];
}

export function summariseAnswers(items: readonly ScoredItem[]): AnswerMetrics {
  const singles = items.filter((item) => item.source === 'single');
  const inScope = singles.filter((item) => item.scope === 'in-scope');
  const outOfScope = singles.filter((item) => item.scope === 'out-of-scope');
  const fellBack = singles.filter((item) => item.fallback);
  const answered = singles.filter((item) => !item.fallback && item.cited.length > 0);
  const followUps = rate(items.filter((item) => item.source === 'dialog' && (item.turn ?? 0) > 0), (item) => item.correct);
  return {
    inScope: {
      total: inScope.length,
      firstCitationAccuracy: rate(inScope, (item) => item.correct).rate,
      anyCitationAccuracy: rate(inScope, (item) => item.anyCitationCorrect).rate,
      coverage: rate(inScope, (item) => !item.fallback).rate,
    },
    outOfScope: {
      total: outOfScope.length,
      fallbackRecall: rate(outOfScope, (item) => item.fallback).rate,
      fallbackPrecision: rate(fellBack, (item) => item.scope === 'out-of-scope').rate,
    },
    smalltalk: rate(singles.filter((item) => item.scope === 'smalltalk'), (item) => item.correct),
    followUps,
    answerPrecision: rate(answered, (item) => item.correct).rate,
    misses: items.filter((item) => !item.correct),
  };
}

export function rate<T>(items: readonly T[], ok: (item: T) => boolean): Rate {
  const correct = items.filter(ok).length;
  return { correct, total: items.length, rate: items.length === 0 ? 1 : correct / items.length };
}
