/**
 * Stage 1: turns a question as typed into a `NormalizedQuestion`: canonical
 * words (spelling corrected, synonyms unified), content stems, the kind of
 * answer asked for, the entities and numbers mentioned.
 */
import { stem } from '../nlp/natural.js';
import { answerTypeOf, identifiedIn } from './answer-type.js';
import { replacePhrases } from './phrases.js';
import { verbOfSayingAt } from './verbs-of-saying.js';
import { CURRENCY_WORDS, readInContext, readNumbers, splitWords, stripControl } from './text-tokens.js';
import type { NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export type Normalize = (question: string) => NormalizedQuestion;

export function createNormalizer(vocabulary: Vocabulary): Normalize {
  return (question) => {
    const raw = stripControl(question);
    const corrections: Array<{ from: string; to: string }> = [];
    const words = canonicalWords(raw, vocabulary, corrections);
    const text = words.join(' ');
    const answerType = answerTypeOf(text);
    const currencies = unique(words.map((word) => CURRENCY_WORDS.get(word)).filter((currency) => currency !== undefined));
    const contentWords = words.filter((word) => !vocabulary.stopwords.has(word));
    const terms = unique(contentWords.map(stem));
    const topicTerms = terms.filter((term) => !vocabulary.genericStems.has(term));
    const entityMatches = [...vocabulary.entityAliases.matches(words)];
    const entities = unique(entityMatches.map((match) => match.value));
    const sayAt = verbOfSayingAt(words);
    return {
      raw,
      text,
      words,
      terms,
      topicTerms,
      focusTerms: unique(contentWords.filter((word) => isYear(word) || (!/^\d+(\.\d+)?$/.test(word) && !UNITS.has(word) && vocabulary.english.namesAThing(word))).map(stem)).filter((term) => topicTerms.includes(term)),
      // Stopwords stay in the classifier's features: "what can you do" and "who are you" are made of nothing else.
      features: unique([...words.map(stem), ...(answerType === 'any' ? [] : [`?${answerType}`])]),
      answerType,
      entities,
      identifies: unique(identifiedIn(text, vocabulary.english.namesAThing).map(stem)),
      speakers: sayAt < 0 ? [] : unique(entityMatches.filter((match) => match.start < sayAt).map((match) => match.value)),
      numbers: readNumbers(words),
      currencies,
      corrections,
    };
  };
}

// Units name what a figure is counted in, not what it is about.
const UNITS = new Set(['dollars', 'pounds', 'euros', 'percent', 'billion', 'million', 'thousand', 'trillion', 'years', 'months', 'weeks', 'days']);

/**
 * The question's words, spelling corrected, synonyms unified, read until reading them again changes
 * nothing: dropped punctuation, corrections and synonyms can each bring together words that read as
 * one ("us% $" → "us dollars" → "dollars"), and a pronoun follow-up re-reads the words it rewrites.
 */
function canonicalWords(text: string, vocabulary: Vocabulary, corrections: Array<{ from: string; to: string }>): readonly string[] {
  let words = readWords(text, vocabulary, corrections);
  for (let pass = 0; pass < 3; pass += 1) {
    const again = readWords(words.join(' '), vocabulary, corrections);
    if (again.length === words.length && again.every((word, i) => word === words[i])) break;
    words = again;
  }
  return words;
}

function readWords(text: string, vocabulary: Vocabulary, corrections: Array<{ from: string; to: string }>): readonly string[] {
  const spelled = splitWords(text).map((word) => {
    const corrected = vocabulary.speller.correct(word);
    if (corrected === undefined) return word;
    corrections.push({ from: word, to: corrected });
    return corrected;
  });
  // Read in context again after the synonyms: "no 1 us" becomes "biggest us", where "us" is the country.
  return readInContext(replacePhrases(withoutGreeting(readInContext(spelled), vocabulary), vocabulary.synonyms));
}

/** A year pins down what is asked: the article's 2017 figure is not its 2018 one. */
function isYear(word: string): boolean {
  return /^(19|20)\d\d$/.test(word);
}

/** "Hi, who are you?" asks "who are you?"; a greeting alone stays a greeting. */
function withoutGreeting(words: readonly string[], vocabulary: Vocabulary): readonly string[] {
  const first = vocabulary.greetings.matches(words).next().value;
  return first !== undefined && first.start === 0 && first.length < words.length ? words.slice(first.length) : words;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
