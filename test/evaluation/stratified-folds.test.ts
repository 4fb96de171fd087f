import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, stratifiedFolds } from '../../src/evaluation/stratified-folds.js';

const labelled = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 120 });

describe('stratifiedFolds', () => {
  it('puts every item in exactly one fold from 0 to k−1', () => {
    fc.assert(
      fc.property(labelled, fc.integer({ min: 2, max: 10 }), fc.integer(), (labels, k, seed) => {
        const folds = stratifiedFolds(labels, (label) => label, k, seed);
        expect(folds).toHaveLength(labels.length);
        for (const fold of folds) expect(fold >= 0 && fold < k && Number.isInteger(fold)).toBe(true);
      }),
    );
  });

  it('spreads each label over the folds within one item of even', () => {
    fc.assert(
      fc.property(labelled, fc.integer({ min: 2, max: 10 }), fc.integer(), (labels, k, seed) => {
        const folds = stratifiedFolds(labels, (label) => label, k, seed);
        for (const label of new Set(labels)) {
          const perFold = Array.from({ length: k }, (_, fold) => labels.filter((l, i) => l === label && folds[i] === fold).length);
          expect(Math.max(...perFold) - Math.min(...perFold)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('gives the same folds for the same seed and different folds for another', () => {
    const labels = Array.from({ length: 60 }, (_, i) => `intent-${i % 4}`);
    const once = stratifiedFolds(labels, (label) => label, 5, 7);
    expect(stratifiedFolds(labels, (label) => label, 5, 7)).toEqual(once);
    expect(stratifiedFolds(labels, (label) => label, 5, 8)).not.toEqual(once);
  });

  it('refuses fewer than two folds', () => {
    expect(() => stratifiedFolds(['a'], (label) => label, 1, 0)).toThrow(/at least 2/);
  });
});

describe('seededRandom', () => {
  it('returns numbers in [0, 1) and repeats its sequence for a seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = seededRandom(seed);
        const b = seededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const value = a();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
          expect(b()).toBe(value);
        }
      }),
    );
  });
});
