/**
 * Sweeps one fallback threshold at a time and measures, for each value, how
 * many in-scope questions get answered (coverage) against how many answers
 * are right (precision). Each point runs a real engine built with that
 * threshold, so the curve shows what the server would do, not an estimate.
 * Single questions only: follow-ups take shortcuts that ignore thresholds.
 */
import type { DecisionThresholds } from '../pipeline/scoring.js';
import { summariseAnswers } from './answer-metrics.js';
import type { EvalSet } from './eval-set.js';
import { evaluateAnswers, type ExplainingEngine } from './evaluate-answers.js';
import { ACCURACY_GATES } from './gates.js';

/** The thresholds the sweep varies, and the values it tries. */
export const SWEEPS = Object.freeze({
  minConfidence: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8],
  minCoverage: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
} satisfies Partial<Record<keyof DecisionThresholds, readonly number[]>>);

export type SweptThreshold = keyof typeof SWEEPS;

export interface SweepPoint {
  readonly value: number;
  /** Share of in-scope questions answered rather than refused. */
  readonly coverage: number;
  /** Share of answers (to any single question) whose first citation is right. */
  readonly precision: number;
  /** First-citation accuracy over in-scope questions: coverage and precision together. */
  readonly inScopeAccuracy: number;
  /** Share of out-of-scope questions refused. */
  readonly fallbackRecall: number;
}

export interface ThresholdSweep {
  readonly parameter: SweptThreshold;
  /** The value the engine uses now. */
  readonly current: number;
  readonly points: readonly SweepPoint[];
  /** The value with the most coverage that reaches the precision target and keeps the single-question gates; undefined when none does. */
  readonly recommended: number | undefined;
}

export type EngineFactory = (thresholds: DecisionThresholds) => ExplainingEngine;

export async function sweepThreshold(
  makeEngine: EngineFactory,
  set: EvalSet,
  parameter: SweptThreshold,
  current: DecisionThresholds,
  precisionTarget: number,
): Promise<ThresholdSweep> {
  const singles: EvalSet = { single: set.single, dialogs: [] };
  const values = [...new Set([...SWEEPS[parameter], current[parameter]])].sort((a, b) => a - b);
  const points: SweepPoint[] = [];
  for (const value of values) {
    const metrics = summariseAnswers(await evaluateAnswers(makeEngine({ ...current, [parameter]: value }), singles));
    points.push({
      value,
      coverage: metrics.inScope.coverage,
      precision: metrics.answerPrecision,
      inScopeAccuracy: metrics.inScope.firstCitationAccuracy,
      fallbackRecall: metrics.outOfScope.fallbackRecall,
    });
  }
  return { parameter, current: current[parameter], points, recommended: recommend(points, precisionTarget, current[parameter]) };
}

/** The gates a recommended value must keep, as the sweep measures them (single questions only). */
export interface SweepGates {
  readonly inScopeFirstCitation: number;
  readonly outOfScopeFallback: number;
}

/**
 * Most coverage among points that reach the precision target and keep every gate the sweep can
 * measure: a value that refuses fewer off-topic questions than the gate allows is never advice.
 * Ties go to the value nearest the current one.
 */
export function recommend(points: readonly SweepPoint[], precisionTarget: number, current: number, gates: SweepGates = ACCURACY_GATES): number | undefined {
  const eligible = points.filter(
    (point) => point.precision >= precisionTarget && point.inScopeAccuracy >= gates.inScopeFirstCitation && point.fallbackRecall >= gates.outOfScopeFallback,
  );
  eligible.sort((a, b) => b.coverage - a.coverage || Math.abs(a.value - current) - Math.abs(b.value - current));
  return eligible[0]?.value;
}
