/**
 * Types for the natural modules we import directly. natural ships types
 * only for its folder indexes, whose imports load every classifier, tagger
 * and stemmer (the English and Dutch part-of-speech lexicons among them).
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  import type { BayesClassifier } from 'natural/lib/natural/classifiers/index.js';
  const Bayes: typeof BayesClassifier;
  export default Bayes;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
  const PorterStemmer: Stemmer;
  export default PorterStemmer;
}

declare module 'natural/lib/natural/wordnet/wordnet.js' {
  import type { WordNet as WordNetClass } from 'natural/lib/natural/wordnet/index.js';
  const WordNet: typeof WordNetClass;
  export default WordNet;
}
