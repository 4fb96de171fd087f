import { describe, expect, it } from 'vitest';
import { candidateScore, DEFAULT_SCORING } from '../../src/pipeline/scoring.js';

describe('scoring', () => {
  it('weighs the fuzzy match, the coverage and the intent probability as the configuration says', () => {
    const perfect = candidateScore({ fuseScore: 0, coverage: 1, intentProbability: 1, favoured: false });
    expect(perfect).toBe(1);
    const coverageOnly = candidateScore({ fuseScore: 1, coverage: 1, intentProbability: 0, favoured: false });
    expect(coverageOnly).toBeCloseTo(DEFAULT_SCORING.weights.coverage);
  });

  it("adds the bonus for the last answer's intent, never past 1", () => {
    const plain = candidateScore({ fuseScore: 0.5, coverage: 0.5, intentProbability: 0.5, favoured: false });
    const favoured = candidateScore({ fuseScore: 0.5, coverage: 0.5, intentProbability: 0.5, favoured: true });
    expect(favoured - plain).toBeCloseTo(DEFAULT_SCORING.favouredIntentBonus);
    expect(candidateScore({ fuseScore: 0, coverage: 1, intentProbability: 1, favoured: true })).toBe(1);
  });

  it('scores with the weights it is given', () => {
    const fuzzyOnly = { ...DEFAULT_SCORING, weights: { fuzzy: 1, coverage: 0, intent: 0 } };
    expect(candidateScore({ fuseScore: 0.25, coverage: 0, intentProbability: 0, favoured: false }, fuzzyOnly)).toBe(0.75);
  });

  it('is frozen, so no caller can retune the engine behind the configuration', () => {
    expect(Object.isFrozen(DEFAULT_SCORING)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SCORING.weights)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SCORING.thresholds)).toBe(true);
  });
});
