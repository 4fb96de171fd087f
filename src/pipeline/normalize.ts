/**
 * Stage 1: turns a question as typed into a `NormalizedQuestion`: canonical
 * words (spelling corrected, synonyms unified, words the knowledge base does
 * not use related to ones it does), content stems, the kind of answer asked
 * for, the entities and figures mentioned.
 *
 * Its work is bounded whatever the text: before any stage reads a question,
 * the engine cuts it (`questionCut`) to its first `MAX_WORDS` words, each
 * read at most `MAX_REPEATS` times, and junk to its readable words; spelling
 * correction searches the vocabulary at most
 * `MAX_SPELLING_SEARCHES` times, and fuzzy search gets at most
 * `MAX_SEARCH_TERMS` terms.
 */
import { stem } from '../nlp/natural.js';
import { APPROXIMATORS, CURRENCY_WORDS } from '../language/en/index.js';
import { answerTypeOf, identifiedIn } from './answer-type.js';
import { replacePhrases } from './phrases.js';
import type { CorrectionBudget } from './spelling.js';
import { verbOfSayingAt } from './verbs-of-saying.js';
import { capitalisedWords, readInContext, readNumbers, splitWords, stripControl } from './text-tokens.js';
import type { NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export type Normalize = (question: string) => NormalizedQuestion;

/**
 * Words read from one question. The longest of the 1,976 questions readers wrote for the evaluation has
 * 29 words, preamble included; beyond that a text is pasted, not asked, and the rest would only cost.
 */
export const MAX_WORDS = 30;
/** Vocabulary searches spelling correction may spend on one question (readers' questions need at most two; a fast typist's may need three). */
export const MAX_SPELLING_SEARCHES = 3;
/** Terms handed to fuzzy search. */
export const MAX_SEARCH_TERMS = 10;
/**
 * Of those, terms the knowledge base does not know: each new one costs a bitap search of the facts, and
 * more than two changed no answer to the 2,081 evaluation questions.
 */
export const MAX_UNKNOWN_SEARCH_TERMS = 2;

/** What reading one question collects besides its words. */
interface Reading {
  /** Words the reader capitalised inside a sentence, lower-cased: names, corrected only towards a name. */
  readonly names: ReadonlySet<string>;
  readonly corrections: Array<{ from: string; to: string }>;
  readonly related: string[];
  readonly budget: CorrectionBudget;
}

/**
 * Words that are neither English, the article's, nor numbers that make a question junk. Readers' 3,153
 * evaluation questions hold at most three (typos, a foreign name); a text with six was pasted or typed
 * at random, and each such word would cost a spelling search and a fuzzy search of the facts.
 */
export const MAX_UNREADABLE_WORDS = 6;

/** Times a word other than a stopword is read in one question: none of readers' 3,153 evaluation questions uses one three times. */
export const MAX_REPEATS = 2;

/**
 * The part of a reader's question the engine reads, so that whatever a client sends costs no more than
 * a reader's question: its first `MAX_WORDS` words, each word other than a stopword at most
 * `MAX_REPEATS` times, and of junk (a question reaching `MAX_UNREADABLE_WORDS` unreadable words) only
 * the readable words before the last of those. Only questions are cut: the knowledge base's own
 * sentences are read whole, however long.
 */
export function questionCut(vocabulary: Vocabulary): (question: string) => string {
  const unreadable = (word: string) => word.length > 2 && !vocabulary.stopwords.has(word) && !vocabulary.english.isWord(word) && !vocabulary.knows(word);
  return (question) => {
    const typed = stripControl(question).split(' ');
    const kept: string[] = [];
    const readable: string[] = [];
    const times = new Map<string, number>();
    let unreadableWords = 0;
    for (const token of typed.slice(0, MAX_WORDS)) {
      const word = token.toLowerCase();
      const seen = (times.get(word) ?? 0) + 1;
      times.set(word, seen);
      if (seen > MAX_REPEATS && !vocabulary.stopwords.has(word)) continue;
      // A token with a digit is a figure, a date or a code: never a misspelt word.
      const found = /\d/.test(word) ? 0 : word.split(/[^\p{L}]+/u).filter(unreadable).length;
      unreadableWords += found;
      if (unreadableWords >= MAX_UNREADABLE_WORDS) return readable.join(' ');
      kept.push(token);
      if (found === 0) readable.push(token);
    }
    return kept.length === typed.length ? question : kept.join(' ');
  };
}

export function createNormalizer(vocabulary: Vocabulary): Normalize {
  return (question) => {
    const raw = stripControl(question);
    const reading: Reading = { names: capitalisedWords(raw), corrections: [], related: [], budget: { searches: MAX_SPELLING_SEARCHES } };
    const typed = raw.split(' ');
    const words = canonicalWords(raw, vocabulary, reading);
    const text = words.join(' ');
    const answerType = answerTypeOf(text);
    const currencies = unique(words.map((word) => CURRENCY_WORDS.get(word)).filter((currency) => currency !== undefined));
    const contentWords = words.filter((word) => !vocabulary.stopwords.has(word) && !isStrayAdverb(word, vocabulary));
    const termOf = relatedTermReader(vocabulary, reading);
    const terms = unique(contentWords.map(termOf));
    const entityMatches = [...vocabulary.entityAliases.matches(words)];
    const entities = unique(entityMatches.map((match) => match.value));
    const namesAPerson = entities.some((id) => vocabulary.entities.get(id)?.category === 'person');
    const topicTerms = terms.filter((term) => !vocabulary.genericStems.has(term) && !(namesAPerson && vocabulary.identityStems.has(term)));
    const sayAt = verbOfSayingAt(words);
    const relatedTerms = unique(reading.related).filter((term) => terms.includes(term));
    const { english } = vocabulary;
    // "total sales", "shoddy code": a word that can describe, before a word naming a thing, describes it;
    // the thing asked about is the word after it.
    const describes = (word: string, next: string | undefined) =>
      next !== undefined && !vocabulary.stopwords.has(next) && (isFigure(next) || english.namesAThing(next)) && english.lemmasOf(word).some((reading) => reading.pos === 'a');
    // "asked the government to act": after "to", a verb's own form is the verb, however often English uses it as a noun.
    const isInfinitive = (word: string, before: string | undefined) => before === 'to' && english.lemmasOf(word).some((reading) => reading.pos === 'v' && reading.lemma === word);
    const namesAThingHere = (word: string, next: string | undefined) =>
      isYear(word) || (!isFigure(word) && !UNITS.has(word) && english.namesAThing(word) && !describes(word, next));
    return {
      raw,
      text,
      words,
      terms,
      topicTerms,
      nameTerms: unique(entityMatches.flatMap(({ start, length }) => words.slice(start, start + length).map(termOf))).filter((term) => topicTerms.includes(term)),
      focusTerms: unique(words.filter((word, i) => !vocabulary.stopwords.has(word) && !isInfinitive(word, words[i - 1]) && namesAThingHere(word, wordAfter(words, i))).map(termOf)).filter((term) => topicTerms.includes(term)),
      // Stopwords stay in the classifier's features: "what can you do" and "who are you" are made of nothing else.
      features: unique([...words.map(stem), ...relatedTerms, ...(answerType === 'any' ? [] : [`?${answerType}`])]),
      answerType,
      entities,
      identifies: unique(identifiedIn(text, vocabulary.english.namesAThing).map(stem)),
      speakers: sayAt < 0 ? [] : unique(entityMatches.filter((match) => match.start < sayAt).map((match) => match.value)),
      numbers: readNumbers(words),
      currencies,
      corrections: reading.corrections,
      relatedTerms,
      searchTerms: searchTermsOf(topicTerms.length > 0 ? topicTerms : terms, contentWords, vocabulary),
      effort: { words: typed.length, spellingSearches: MAX_SPELLING_SEARCHES - reading.budget.searches },
    };
  };
}

/**
 * `normalize`, remembering every text it read: for building an engine, where training and the fact index
 * read the same questions and answers over and over. Unbounded, so never for readers' questions.
 */
export function readingOnce(normalize: Normalize): Normalize {
  const readings = new Map<string, NormalizedQuestion>();
  return (text) => {
    let reading = readings.get(text);
    if (reading === undefined) {
      reading = normalize(text);
      readings.set(text, reading);
    }
    return reading;
  };
}

// Units name what a figure is counted in, not what it is about.
const UNITS = new Set(['dollars', 'pounds', 'euros', 'yuan', 'percent', 'billion', 'million', 'thousand', 'trillion', 'years', 'months', 'weeks', 'days']);

/**
 * The terms fuzzy search gets: those of words the knowledge base knows first, at most
 * `MAX_SEARCH_TERMS`, of which at most `MAX_UNKNOWN_SEARCH_TERMS` it does not know; none when it
 * knows none of them, as nothing could match. A known term's fuzzy matches are remembered from the
 * first question that used it, while every new unknown term costs a search through the facts.
 */
function searchTermsOf(terms: readonly string[], contentWords: readonly string[], vocabulary: Vocabulary): string[] {
  const known = new Set(contentWords.filter((word) => vocabulary.knows(word)).map(stem));
  if (known.size === 0 && contentWords.length > 0) return [];
  const unknown = terms.filter((term) => !known.has(term));
  const kept = unknown.length <= MAX_UNKNOWN_SEARCH_TERMS ? terms : terms.filter((term) => known.has(term) || unknown.indexOf(term) < MAX_UNKNOWN_SEARCH_TERMS);
  if (kept.length <= MAX_SEARCH_TERMS) return [...kept];
  return [...kept.filter((term) => known.has(term)), ...kept.filter((term) => !known.has(term))].slice(0, MAX_SEARCH_TERMS);
}

/**
 * The question's words, spelling corrected, related and synonyms unified, read until reading them again
 * changes nothing: dropped punctuation, corrections and synonyms can each bring together words that read
 * as one ("us% $" → "us dollars" → "dollars"), and a pronoun follow-up re-reads the words it rewrites.
 */
function canonicalWords(text: string, vocabulary: Vocabulary, reading: Reading): readonly string[] {
  let words = readWords(text, vocabulary, reading);
  for (let pass = 0; pass < 3; pass += 1) {
    const again = readWords(words.join(' '), vocabulary, reading);
    if (again.length === words.length && again.every((word, i) => word === words[i])) break;
    words = again;
  }
  return words;
}

function readWords(text: string, vocabulary: Vocabulary, reading: Reading): readonly string[] {
  const spelled = splitWords(text).map((word) => {
    const found = vocabulary.speller.correct(word, reading.budget);
    // "Is Maroni from the Lega Nord?": a name the article does not know is no typo of an ordinary word.
    const corrected = found !== undefined && reading.names.has(word) && !vocabulary.nameWords.has(found) ? undefined : found;
    if (corrected !== undefined) reading.corrections.push({ from: word, to: corrected });
    return corrected ?? asTheArticleWritesIt(word, vocabulary);
  });
  // Read in context again after the synonyms: "no 1 us" becomes "biggest us", where "us" is the initialism.
  return readInContext(replacePhrases(withoutGreeting(readInContext(spelled), vocabulary), vocabulary.synonyms));
}

/**
 * A content word's term: its stem, or, for a thing the knowledge base never names, the stem of the
 * knowledge base's word WordNet relates it to ("probe" → "investigation"). Only the term changes: the
 * question's words stay the reader's, so what it asks ("what is it called") reads as typed. A verb
 * the facts lack weighs little anyway, and WordNet's many verb senses would mislead more than help.
 */
function relatedTermReader(vocabulary: Vocabulary, reading: Reading): (word: string) => string {
  return (word) => {
    if (vocabulary.knows(word) || !vocabulary.english.namesAThing(word)) return stem(word);
    const related = vocabulary.relatedWord(word);
    if (related === undefined) return stem(word);
    const term = stem(related);
    reading.related.push(term);
    return term;
  };
}

/**
 * "chairmen", "spokesmen": a plural that no stemmer undoes, read as the singular the article writes, so
 * it is the same word and names the same entity ("deputy chairmen" is Guo's title).
 */
function asTheArticleWritesIt(word: string, vocabulary: Vocabulary): string {
  if (vocabulary.knows(word)) return word;
  return vocabulary.english.lemmasOf(word).find((reading) => reading.pos === 'n' && reading.lemma !== word && vocabulary.knows(reading.lemma))?.lemma ?? word;
}

/**
 * "What does Huawei mainly make?": an adverb the knowledge base never uses says how, not what about,
 * and would only count as a topic no fact covers. A word WordNet reads only as an adverb is one.
 */
function isStrayAdverb(word: string, vocabulary: Vocabulary): boolean {
  const readings = vocabulary.english.lemmasOf(word);
  return readings.length > 0 && readings.every((reading) => reading.pos === 'r') && !vocabulary.knows(word);
}

/** The word after `words[i]`, looking through an approximator before a figure: "worth about 62 billion" is worth 62 billion. */
function wordAfter(words: readonly string[], i: number): string | undefined {
  const next = words[i + 1];
  const figure = words[i + 2];
  return next !== undefined && APPROXIMATORS.has(next) && figure !== undefined && isFigure(figure) ? figure : next;
}

/** A number as the question's words write it: "62", "62.3", "2012". */
function isFigure(word: string): boolean {
  return /^\d+(\.\d+)?$/.test(word);
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
