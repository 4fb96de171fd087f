import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, SpellingCorrector } from '../../src/pipeline/spelling.js';

const vocabulary = new Map([
  ['profit', 3],
  ['huawei', 5],
  ['arrested', 2],
  ['investment', 2],
  ['founder', 1],
]);
const realWords = new Set(['founded', 'profits']);
const speller = () => new SpellingCorrector(vocabulary, (word) => realWords.has(word), ['what', 'how']);

describe('spelling correction', () => {
  it('corrects transpositions, dropped and doubled letters towards the vocabulary', () => {
    const corrector = speller();
    expect(corrector.correct('hauwei')).toBe('huawei');
    expect(corrector.correct('arested')).toBe('arrested');
    expect(corrector.correct('proffit')).toBe('profit');
    expect(corrector.correct('invesmtent')).toBe('investment');
  });

  it('never corrects a known word, a real English word or a number', () => {
    const corrector = speller();
    expect(corrector.correct('profit')).toBeUndefined();
    expect(corrector.correct('founded')).toBeUndefined();
    expect(corrector.correct('2018')).toBeUndefined();
  });

  it('corrects three-letter typos only towards the small words of questions', () => {
    expect(speller().correct('wat')).toBe('what');
    expect(speller().correct('pro')).toBeUndefined();
  });

  it('reads a negated form the vocabulary lacks as the word it negates', () => {
    expect(speller().correct('unarrested')).toBe('arrested');
  });

  it('stops searching when the budget is spent and leaves the word as typed', () => {
    const corrector = speller();
    const budget = { searches: 1 };
    expect(corrector.correct('hauwei', budget)).toBe('huawei');
    expect(budget.searches).toBe(0);
    expect(corrector.correct('arested', budget)).toBeUndefined();
    // A correction found before costs nothing.
    expect(corrector.correct('hauwei', budget)).toBe('huawei');
  });

  it('measures edits as optimal string alignment, stopping at the ceiling', () => {
    expect(editDistance('hauwei', 'huawei')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(2);
  });

  it('gives the textbook distance for any two words, long or short, in any order of calls', () => {
    // The table by definition, for comparison: every cell, no early stop.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i] ?? [];
          const above = d[i - 1] ?? [];
          row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, (d[i - 2]?.[j - 2] ?? 0) + 1);
        }
      }
      return d[a.length]?.[b.length] ?? 0;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 40 });
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b)));
  });
});
