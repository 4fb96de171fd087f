import { describe, expect, it } from 'vitest';
import { hostileQuestions, MAX_QUESTION_LENGTH, misspell } from '../../bench/hostile-questions.js';
import { seededRandom } from '../../src/evaluation/stratified-folds.js';

const vocabulary = ['revenue', 'security', 'smartphone', 'network', 'of', 'a'];

describe('the hostile corpus', () => {
  const corpus = hostileQuestions(vocabulary, 4);

  it('has each kind, as many as asked, none longer than the API accepts', () => {
    expect(corpus.map((item) => item.kind)).toEqual([
      ...Array(4).fill('long random words'),
      ...Array(4).fill('repeated tokens'),
      ...Array(4).fill('near-miss spellings'),
    ]);
    for (const { question } of corpus) {
      expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      expect(question.length).toBeGreaterThan(MAX_QUESTION_LENGTH - 60);
    }
  });

  it('repeats one or two vocabulary words throughout a repeated-token question', () => {
    for (const { question } of corpus.filter((item) => item.kind === 'repeated tokens')) {
      expect(new Set(question.replace('?', '').split(' ')).size).toBeLessThanOrEqual(2);
    }
  });

  it('asks the same questions on every run', () => {
    expect(hostileQuestions(vocabulary, 4)).toEqual(corpus);
  });

  it('misspells a word by exactly one edit', () => {
    const random = seededRandom(3);
    const letter = () => 'x';
    for (let i = 0; i < 50; i += 1) {
      const wrong = misspell('security', random, letter);
      expect(Math.abs(wrong.length - 'security'.length)).toBeLessThanOrEqual(1);
      expect(editDistance(wrong, 'security')).toBeLessThanOrEqual(2);
    }
  });
});

/** Levenshtein distance (a swap of two letters counts 2). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
