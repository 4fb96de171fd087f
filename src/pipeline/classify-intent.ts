/**
 * Classify stage: ranks intents for a normalised question with a naive Bayes model
 * trained on the intent utterances and the facts' paraphrased questions.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import { NaiveBayes } from '../nlp/natural.js';
import type { Normalize } from './normalize.js';
import type { IntentPrediction, NormalizedQuestion } from './types.js';

export interface IntentClassifier {
  classify(question: NormalizedQuestion): IntentPrediction[];
  /** Whether the intent's training examples use a stem (to keep "how do I bake bread" out of small talk). */
  knows(intent: string, term: string): boolean;
  /** Whether the intent's training examples use a word (its canonical form, stopwords included). */
  knowsWord(intent: string, word: string): boolean;
}

export interface TrainingExample {
  readonly text: string;
  readonly intent: string;
}

/** The training set: every intent's utterances (not its held-out tests) and every fact's questions. */
export function trainingExamples({ intents, facts }: KnowledgeBase): TrainingExample[] {
  return [
    ...intents.flatMap((definition) => definition.utterances.map((text) => ({ text, intent: definition.intent }))),
    ...facts.flatMap((fact) => fact.questions.map((text) => ({ text, intent: fact.intent }))),
  ];
}

/**
 * Trains on the examples as `read` reads them. Utterances repeat (a drafted intent's utterances are its
 * facts' questions), and each is still counted once per example, as the model weighs it: pass a reader
 * that remembers (`readingOnce`), shared with whatever else reads the same texts.
 */
export function trainIntentClassifier(examples: readonly TrainingExample[], read: Normalize): IntentClassifier {
  const model = new NaiveBayes();
  const vocabularies = new Map<string, Set<string>>();
  const wordsOf = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, intent: string, items: readonly string[]) => {
    const known = index.get(intent) ?? new Set();
    for (const item of items) known.add(item);
    index.set(intent, known);
  };
  for (const example of examples) {
    const question = read(example.text);
    model.add(question.features, example.intent);
    add(vocabularies, example.intent, question.terms);
    add(wordsOf, example.intent, question.words);
  }
  model.train();
  return {
    classify: (question) => model.rank(question.features).map(({ label, probability }) => ({ intent: label, probability })),
    knows: (intent, term) => vocabularies.get(intent)?.has(term) ?? false,
    knowsWord: (intent, word) => wordsOf.get(intent)?.has(word) ?? false,
  };
}
