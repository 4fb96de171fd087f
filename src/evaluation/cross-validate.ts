/**
 * How well intents are recognised, measured like `rasa test nlu`: stratified,
 * seeded k-fold cross-validation over the training utterances (each fold's
 * classifier never sees the utterances it is scored on), and accuracy on each
 * intent's held-out test utterances with the classifier trained on everything.
 *
 * It trains the project's own classifier through `trainIntentClassifier`, so
 * what is measured is what the engine runs.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import { trainIntentClassifier, trainingExamples, type IntentClassifier, type TrainingExample } from '../pipeline/classify-intent.js';
import { createNormalizer, readingOnce, type Normalize } from '../pipeline/normalize.js';
import { buildVocabulary } from '../pipeline/vocabulary.js';
import { classificationReport, type ClassificationReport } from './classification-metrics.js';
import { stratifiedFolds } from './stratified-folds.js';

/** What the classifier says when it has no features to go on (an all-stopword question). */
export const NO_INTENT = '(none)';

export interface IntentEvaluationOptions {
  /** Number of folds, at least 2. */
  readonly folds: number;
  readonly seed: number;
}

export const DEFAULT_INTENT_EVALUATION: IntentEvaluationOptions = Object.freeze({ folds: 5, seed: 42 });

export interface Misclassified {
  readonly text: string;
  readonly expected: string;
  readonly predicted: string;
  /** The classifier's probability for its (wrong) top intent. */
  readonly confidence: number;
  /** `cv` for a cross-validation fold, `test` for a held-out test utterance. */
  readonly source: 'cv' | 'test';
}

export interface IntentEvaluation {
  readonly folds: number;
  readonly seed: number;
  readonly crossValidation: ClassificationReport & { readonly foldAccuracies: readonly number[] };
  readonly heldOut: ClassificationReport;
  readonly misclassified: readonly Misclassified[];
}

export function evaluateIntents(knowledge: KnowledgeBase, options: IntentEvaluationOptions = DEFAULT_INTENT_EVALUATION): IntentEvaluation {
  // Every fold trains on most of the same examples: each text is read once for all of them.
  const normalize = readingOnce(createNormalizer(buildVocabulary(knowledge)));
  const examples = trainingExamples(knowledge);
  const foldOf = stratifiedFolds(examples, (example) => example.intent, options.folds, options.seed);

  const cvResults: Scored[] = [];
  const foldAccuracies: number[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const training = examples.filter((_, index) => foldOf[index] !== fold);
    const held = examples.filter((_, index) => foldOf[index] === fold);
    const scored = predictAll(trainIntentClassifier(training, normalize), normalize, held);
    cvResults.push(...scored);
    foldAccuracies.push(scored.length === 0 ? 0 : scored.filter((s) => s.predicted === s.expected).length / scored.length);
  }

  const tests = knowledge.intents.flatMap((intent) => intent.tests.map((text) => ({ text, intent: intent.intent })));
  const testResults = predictAll(trainIntentClassifier(examples, normalize), normalize, tests);

  return {
    folds: options.folds,
    seed: options.seed,
    crossValidation: { ...classificationReport(cvResults), foldAccuracies },
    heldOut: classificationReport(testResults),
    misclassified: [
      ...misses(cvResults, 'cv'),
      ...misses(testResults, 'test'),
    ],
  };
}

interface Scored {
  readonly text: string;
  readonly expected: string;
  readonly predicted: string;
  readonly confidence: number;
}

function predictAll(classifier: IntentClassifier, normalize: Normalize, examples: readonly TrainingExample[]): Scored[] {
  return examples.map((example) => {
    const top = classifier.classify(normalize(example.text))[0];
    return { text: example.text, expected: example.intent, predicted: top?.intent ?? NO_INTENT, confidence: top?.probability ?? 0 };
  });
}

function misses(results: readonly Scored[], source: Misclassified['source']): Misclassified[] {
  return results
    .filter((result) => result.predicted !== result.expected)
    .map((result) => ({ ...result, source }))
    .sort((a, b) => b.confidence - a.confidence);
}
