/**
 * The only module that imports `natural`. Deep imports on purpose: the
 * package's top-level index loads database drivers (~0.7 s, ~150 MB) and reads
 * `./.env` into `process.env` as a side effect.
 */
import { createRequire } from 'node:module';
import classifiers from 'natural/lib/natural/classifiers/index.js';
import stemmers from 'natural/lib/natural/stemmers/index.js';

const require = createRequire(import.meta.url);
const stemCache = new Map<string, string>();

/** Porter stem of one lower-case word, cached because questions repeat words. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) ? stemmers.PorterStemmer.stem(word) : word;
    if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** A label with its share of the probability mass (the shares sum to 1). */
export interface LabelScore {
  readonly label: string;
  readonly probability: number;
}

/**
 * Naive Bayes over pre-tokenised documents. We feed our own normalised tokens
 * so that synonyms, typos and stopwords are handled once, in `normalize`.
 */
export class NaiveBayes {
  private readonly classifier = new classifiers.BayesClassifier();
  private trained = false;

  add(tokens: readonly string[], label: string): void {
    if (tokens.length > 0) this.classifier.addDocument([...tokens], label);
  }

  train(): void {
    this.classifier.train();
    this.trained = true;
  }

  /** Every label, most probable first; an untrained or featureless model gives `[]`. */
  rank(tokens: readonly string[]): LabelScore[] {
    if (!this.trained) return [];
    const scores = this.classifier.getClassifications([...tokens]);
    const total = scores.reduce((sum, score) => sum + score.value, 0);
    if (!(total > 0)) return [];
    return scores.map((score) => ({ label: score.label, probability: score.value / total }));
  }
}

/**
 * natural's English part-of-speech lexicon (~90k words → tags, commonest
 * first). Parsing its 4 MB JSON costs a few hundred milliseconds, so
 * `npm run english-words` distils it once into `english-words.txt`, which
 * `english-words.ts` loads at start-up.
 */
export function englishLexicon(): Record<string, readonly string[]> {
  return require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
}
