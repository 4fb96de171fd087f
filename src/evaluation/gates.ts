/**
 * The accuracy the product promises (issue 2, "Accuracy"). `npm run eval`
 * and `test/evaluation/accuracy.test.ts` both read these numbers, through the
 * same scoring code, so the command and the test cannot disagree.
 */
import type { AnswerMetrics } from './answer-metrics.js';

export const ACCURACY_GATES = Object.freeze({
  /** Least share of in-scope single questions whose first citation is right. */
  inScopeFirstCitation: 0.95,
  /** Least share of out-of-scope single questions that fall back. */
  outOfScopeFallback: 0.95,
  /** Least share of follow-up turns (every dialog turn after the first) answered right. */
  followUps: 0.9,
});

/** Least answer precision the calibration sweep looks for when it recommends a threshold. */
export const PRECISION_TARGET = 0.95;

export type GateName = keyof typeof ACCURACY_GATES;

export interface GateResult {
  readonly gate: GateName;
  readonly minimum: number;
  readonly actual: number;
  readonly passed: boolean;
}

/** Each gate with the measured value; `passed` is false when below the minimum. */
export function checkGates(metrics: AnswerMetrics, gates: Readonly<Record<GateName, number>> = ACCURACY_GATES): GateResult[] {
  const actual: Record<GateName, number> = {
    inScopeFirstCitation: metrics.inScope.firstCitationAccuracy,
    outOfScopeFallback: metrics.outOfScope.fallbackRecall,
    followUps: metrics.followUps.rate,
  };
  return (Object.keys(gates) as GateName[]).map((gate) => ({
    gate,
    minimum: gates[gate],
    actual: actual[gate],
    passed: actual[gate] >= gates[gate],
  }));
}
