import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/evaluation/stratified-folds.js';
import { NaiveBayes } from '../../src/nlp/natural.js';

const VOCABULARY = Array.from({ length: 60 }, (_, i) => `w${i}`);
const LABELS = ['profit', 'sales', 'arrest', 'greeting', 'spying'];

function tokens(random: () => number, count: number): string[] {
  return Array.from({ length: count }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'w0');
}

describe('NaiveBayes', () => {
  it("ranks labels exactly as natural's own Bayes classifier does, probabilities to the last bit", () => {
    const random = seededRandom(7);
    const ours = new NaiveBayes();
    const natural = new BayesClassifier();
    for (let i = 0; i < 80; i += 1) {
      const document = tokens(random, 2 + Math.floor(random() * 6));
      const label = LABELS[i % LABELS.length] ?? 'profit';
      ours.add(document, label);
      natural.addDocument(document, label);
    }
    ours.train();
    natural.train();
    for (let i = 0; i < 200; i += 1) {
      // Words no document used count for nothing, as in natural.
      const question = [...tokens(random, 1 + Math.floor(random() * 5)), 'unseen'];
      const expected = natural.getClassifications(question);
      const total = expected.reduce((sum, score) => sum + score.value, 0);
      expect(ours.rank(question)).toEqual(expected.map((score) => ({ label: score.label, probability: score.value / total })));
    }
  });

  it('ranks nothing before it is trained', () => {
    expect(new NaiveBayes().rank(['w1'])).toEqual([]);
  });
});
