import { describe, expect, it } from 'vitest';
import { evaluateIntents } from '../../src/evaluation/cross-validate.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { trainingExamples } from '../../src/pipeline/classify-intent.js';
import { MINI } from './mini-knowledge.js';

describe('evaluateIntents', () => {
  const knowledge = loadKnowledge(MINI);
  const evaluation = evaluateIntents(knowledge, { folds: 4, seed: 1 });

  it('scores every training utterance exactly once across the folds', () => {
    expect(evaluation.crossValidation.total).toBe(trainingExamples(knowledge).length);
    expect(evaluation.crossValidation.foldAccuracies).toHaveLength(4);
  });

  it('scores the held-out test utterances with a classifier trained on everything', () => {
    expect(evaluation.heldOut.total).toBe(knowledge.intents.reduce((sum, intent) => sum + intent.tests.length, 0));
    expect(evaluation.heldOut.accuracy).toBeGreaterThan(0.8);
  });

  it('lists each misclassified utterance with the intent it was taken for', () => {
    const wrong = evaluation.crossValidation.confusion.counts.flat().reduce((sum, n) => sum + n, 0) - evaluation.crossValidation.accuracy * evaluation.crossValidation.total;
    expect(evaluation.misclassified.filter((m) => m.source === 'cv')).toHaveLength(Math.round(wrong));
    for (const miss of evaluation.misclassified) expect(miss.predicted).not.toBe(miss.expected);
  });

  it('is reproducible for a seed', () => {
    expect(evaluateIntents(knowledge, { folds: 4, seed: 1 })).toEqual(evaluation);
  });
});
