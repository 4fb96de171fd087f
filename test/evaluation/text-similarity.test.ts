import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diceBigrams, fuzzyJaccard } from '../../src/evaluation/text-similarity.js';

const word = fc.stringMatching(/^[a-z]{1,9}$/);
const words = fc.uniqueArray(word, { maxLength: 6 }).map((list) => new Set(list));

describe('diceBigrams', () => {
  it('is 1 for the same text, symmetric, and within 0–1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(diceBigrams(a, b)).toBe(diceBigrams(b, a));
        expect(diceBigrams(a, b)).toBeGreaterThanOrEqual(0);
        expect(diceBigrams(a, b)).toBeLessThanOrEqual(1);
        if (a.trim().length > 1) expect(diceBigrams(a, a)).toBe(1);
      }),
    );
  });

  it('finds a misspelling close and another word far', () => {
    expect(diceBigrams('employe', 'emploe')).toBeGreaterThan(0.7);
    expect(diceBigrams('profit', 'factory')).toBeLessThan(0.2);
  });
});

describe('fuzzyJaccard', () => {
  it('is 1 for the same set and within 0–1', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        if (a.size > 0) expect(fuzzyJaccard(a, a)).toBe(1);
        expect(fuzzyJaccard(a, b)).toBeGreaterThanOrEqual(0);
        expect(fuzzyJaccard(a, b)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('counts a misspelt long stem as shared, but not a short one', () => {
    expect(fuzzyJaccard(new Set(['found', 'acme']), new Set(['foundd', 'acme']))).toBe(1);
    expect(fuzzyJaccard(new Set(['tax']), new Set(['tap']))).toBe(0);
  });
});
