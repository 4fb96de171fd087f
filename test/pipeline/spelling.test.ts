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
});
