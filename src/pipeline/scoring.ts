/**
 * Every number the decide stage weighs a candidate fact with, in one place.
 * A candidate's confidence is
 *
 *   min(1, fuzzy·(1 − fuse score) + coverage·coverage + intent·intent probability + favouredIntentBonus)
 *
 * where the bonus applies only to a fact of the intent the last answer came
 * from (a follow-up fragment such as "And profit?"). The thresholds decide
 * whether the best candidate may answer at all; `npm run eval` sweeps them
 * (src/evaluation/calibration.ts) and recommends only values that keep every
 * accuracy gate. docs/how-it-answers.md explains each value.
 */

/** The values `npm run eval` sweeps: the engine refuses below them. */
export interface DecisionThresholds {
  /** Least IDF-weighted share of the question's topic terms a fact must contain. */
  readonly minCoverage: number;
  /** Least combined confidence for an answer. */
  readonly minConfidence: number;
  /** Least intent probability for a small-talk reply or a question with no topic words. */
  readonly minIntentProbability: number;
}

export interface ScoringWeights {
  /** Weight of the fuzzy match of the question's terms against a fact's paraphrases and keywords. */
  readonly fuzzy: number;
  /** Weight of the exact, IDF-weighted coverage of the question's topic terms. */
  readonly coverage: number;
  /** Weight of the classifier's probability for the fact's intent. */
  readonly intent: number;
}

export interface ScoringConfig {
  readonly weights: ScoringWeights;
  /** Added to a fact of the previous answer's intent when the question is a fragment of the conversation. */
  readonly favouredIntentBonus: number;
  /**
   * Ranking only (never the score): favours the fact whose paraphrase asks just what the question asks,
   * so it chooses between answers and never turns a fallback into one.
   */
  readonly sameTopicWeight: number;
  /**
   * Ranking only: favours, for "And Guo?" after what Ren said, the fact beside the last answer about
   * the one now named ("But Mr Guo said…"), the article's own counterpart to what was just said.
   */
  readonly alongsideWeight: number;
  /**
   * Ranking only: favours the fact giving the figure asked, a sum of money for "How much were sales?"
   * (before a rise in percent), any figure for "Did sales grow?".
   */
  readonly figureWeight: number;
  /** Confidence of an answer the conversation already established ("Why?" after an answer). */
  readonly followUpConfidence: number;
  readonly thresholds: DecisionThresholds;
}

export const DEFAULT_THRESHOLDS: DecisionThresholds = Object.freeze({
  minCoverage: 0.6,
  minConfidence: 0.4,
  minIntentProbability: 0.35,
});

export const DEFAULT_SCORING: ScoringConfig = Object.freeze({
  weights: Object.freeze({ fuzzy: 0.4, coverage: 0.4, intent: 0.2 }),
  favouredIntentBonus: 0.15,
  sameTopicWeight: 0.1,
  alongsideWeight: 1,
  figureWeight: 0.1,
  followUpConfidence: 0.9,
  thresholds: DEFAULT_THRESHOLDS,
});

/** The combined confidence of one candidate fact, 0–1. */
export function candidateScore(
  { fuseScore, coverage, intentProbability, favoured }: { fuseScore: number; coverage: number; intentProbability: number; favoured: boolean },
  scoring: ScoringConfig = DEFAULT_SCORING,
): number {
  const { weights } = scoring;
  const bonus = favoured ? scoring.favouredIntentBonus : 0;
  return Math.min(1, weights.fuzzy * (1 - fuseScore) + weights.coverage * coverage + weights.intent * intentProbability + bonus);
}
