/**
 * The only module that imports `natural`. Deep imports of the modules we
 * use, on purpose: the package's top-level index loads database drivers
 * (~0.7 s, ~150 MB) and reads `./.env` into `process.env`, and even its
 * classifier and stemmer folder indexes parse two part-of-speech lexicons and
 * a dictionary at import (~450 ms, ~60 MB).
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type WordNet from 'natural/lib/natural/wordnet/wordnet.js';

const stemCache = new Map<string, string>();

/** Porter stem of one lower-case word, cached because questions repeat words. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word;
    if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** A label with its share of the probability mass (the shares sum to 1). */
export interface LabelScore {
  readonly label: string;
  readonly probability: number;
}

/** What natural's trained Bayes model holds (apparatus's `BayesClassifier`): counts per label and feature index. */
interface BayesCounts {
  readonly classFeatures: Record<string, Record<number, number>>;
  readonly classTotals: Record<string, number>;
  readonly totalExamples: number;
  readonly smoothing: number;
}

/** One label's model, read off natural's counts once trained. */
interface LabelModel {
  readonly label: string;
  /** natural's prior factor, `classTotals / totalExamples`. */
  readonly prior: number;
  /** Per feature index, the log of its smoothed share of the label's examples: natural's per-feature term. */
  readonly logShares: Float64Array;
}

/**
 * Naive Bayes over pre-tokenised documents. We feed our own normalised tokens
 * so that synonyms, typos and stopwords are handled once, in `normalize`.
 *
 * natural trains the model; ranking reads natural's trained counts. natural
 * scores a question by taking a logarithm per feature and label on every
 * call; here those logarithms are taken once, after training, and a question
 * only adds them up, in natural's order, so each probability is natural's to
 * the last bit (`test/nlp/naive-bayes.test.ts` checks them against natural).
 */
export class NaiveBayes {
  private readonly classifier = new BayesClassifier();
  private readonly documents: Array<{ readonly tokens: readonly string[]; readonly label: string }> = [];
  /** Each feature's position in natural's feature vector, fixed by training. */
  private featureIndex = new Map<string, number>();
  private labels: readonly LabelModel[] = [];

  add(tokens: readonly string[], label: string): void {
    if (tokens.length === 0) return;
    this.classifier.addDocument([...tokens], label);
    this.documents.push({ tokens, label });
  }

  train(): void {
    // natural numbers features in the order it enumerates them when it builds its vectors.
    this.featureIndex = new Map(Object.keys(this.classifier.features).map((feature, index) => [feature, index]));
    // natural's own train() builds each document's 0/1 vector by testing every feature of the whole
    // vocabulary against the document (documents × features × tokens: most of training's time). The
    // model counts only the ones, so a vector as long as the document's last feature, with its
    // features set, trains it to the same counts.
    const model = this.classifier.classifier;
    for (const { tokens, label } of this.documents) {
      const present = tokens.flatMap((token) => this.featureIndex.get(token) ?? []);
      const vector = new Array<number>(Math.max(...present) + 1).fill(0);
      for (const index of present) vector[index] = 1;
      model.addExample(vector, label);
    }
    model.train();
    this.classifier.lastAdded = this.documents.length;
    this.documents.length = 0;
    const counts = model as unknown as BayesCounts;
    // natural ranks labels in the order it enumerates them, best first, ties kept in that order.
    this.labels = Object.keys(counts.classFeatures).map((label) => {
      const features = counts.classFeatures[label] ?? {};
      const total = counts.classTotals[label] ?? 1;
      const logShares = new Float64Array(this.featureIndex.size);
      for (let feature = 0; feature < logShares.length; feature += 1) logShares[feature] = Math.log((features[feature] || counts.smoothing) / total);
      return { label, prior: total / counts.totalExamples, logShares };
    });
  }

  /** Every label, most probable first; an untrained or featureless model gives `[]`. */
  rank(tokens: readonly string[]): LabelScore[] {
    // The features present, highest index first, as natural's own loop takes them.
    const present = [...new Set(tokens.flatMap((token) => this.featureIndex.get(token) ?? []))].sort((a, b) => b - a);
    const scores = this.labels.map(({ label, prior, logShares }) => {
      let logProbability = 0;
      for (const feature of present) logProbability += logShares[feature] ?? 0;
      return { label, value: prior * Math.exp(logProbability) };
    });
    scores.sort((a, b) => b.value - a.value);
    const total = scores.reduce((sum, score) => sum + score.value, 0);
    if (!(total > 0)) return [];
    return scores.map((score) => ({ label: score.label, probability: score.value / total }));
  }
}

let wordnet: Promise<InstanceType<typeof WordNet>> | undefined;

/** natural's WordNet reader, imported on first use: only drafting reads it, so serving never loads it. */
function wordNet(): Promise<InstanceType<typeof WordNet>> {
  wordnet ??= import('natural/lib/natural/wordnet/wordnet.js').then(({ default: Reader }) => new Reader());
  return wordnet;
}

/** What WordNet relates to a word: synonyms and derivationally related forms ("growth" → "grow"). */
export interface WordRelations {
  readonly synonyms: readonly string[];
  readonly derived: readonly string[];
}

/**
 * WordNet's relations for `word`: the synonyms of its noun and verb senses, and the words derived
 * from it in any sense. Each lookup reads the WordNet files (tens of milliseconds): for drafting
 * ahead of time, never per question. Loaded on first use, so the engine never pays for it.
 */
export async function wordRelations(word: string): Promise<WordRelations> {
  const reader = await wordNet();
  const records = await new Promise<Parameters<Parameters<typeof reader.lookup>[1]>[0]>((resolve) => reader.lookup(word, resolve));
  // A pointer's `sourceTarget` is two two-digit hex numbers: which word of this synset, which of the target.
  const fromWord = records.flatMap((record) =>
    record.ptrs.filter((ptr) => ptr.pointerSymbol === '+' && record.synonyms[Number.parseInt(ptr.sourceTarget.slice(0, 2), 16) - 1] === word),
  );
  const derived = await Promise.all(
    fromWord.map(
      (ptr) =>
        new Promise<string | undefined>((resolve) =>
          reader.get(ptr.synsetOffset, ptr.pos, (record) => resolve(record.synonyms[Number.parseInt(ptr.sourceTarget.slice(2), 16) - 1])),
        ),
    ),
  );
  const clean = (words: ReadonlyArray<string | undefined>) =>
    [...new Set(words.flatMap((w) => (w === undefined ? [] : [w.replace(/_/g, ' ').toLowerCase()])))].filter((w) => w !== word);
  const senses = records.filter((record) => record.pos === 'n' || record.pos === 'v');
  return { synonyms: clean(senses.flatMap((record) => record.synonyms)), derived: clean(derived) };
}
