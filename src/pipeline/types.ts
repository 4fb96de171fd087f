/**
 * The typed hand-offs between pipeline stages:
 * normalize → classify-intent → match-facts → decide → compose-answer (the
 * full list of stages is in answer-question.ts and docs/how-it-answers.md).
 * Stages take and return these plain values, so each can be tested alone and
 * a library behind a stage can be swapped without touching the others.
 */

/** What kind of answer a question asks for, read from its question words. */
export type AnswerType =
  | 'time' // when, what year
  | 'person' // who
  | 'place' // where, which country
  | 'reason' // why
  | 'quantity' // how much, how many, what percentage
  | 'duration' // how long, over how many years
  | 'age' // how old
  | 'name' // what is it called, what is her name
  | 'city' // which city (the article names none)
  | 'effect' // what would a ban do, what is the impact of
  | 'attribute' // how tall, what colour: a trait no fact states unless it says so
  | 'any'; // what, did, tell me about…

import type { Currency, Scale } from '../language/en/index.js';

export type { Currency } from '../language/en/index.js';

/**
 * A figure read from a question, in the form of a fact's `numbers`: `$100bn` → 100, billion, USD;
 * "nearly a fifth" → 20, percent, approximate.
 */
export interface QuestionNumber {
  readonly value: number;
  readonly scale?: Scale;
  readonly currency?: Currency;
  readonly percent?: boolean;
  /** Said with "about", "nearly", "over", "more than"…: near the figure, or a bound on it. */
  readonly approximate?: boolean;
}

/** Output of `normalize`. */
export interface NormalizedQuestion {
  /** The question as received (control characters removed). */
  readonly raw: string;
  /** Lower-cased, quotes/contractions/currencies/typos/synonyms normalised. */
  readonly text: string;
  /** Words of `text` in order, stopwords kept. */
  readonly words: readonly string[];
  /** Stems of the content words (stopwords and question words dropped). */
  readonly terms: readonly string[];
  /** `terms` without topic-neutral words ("huawei", "say", "company"): what the question is about. */
  readonly topicTerms: readonly string[];
  /** Topic terms that are words of an entity's name as the question writes it ("guo", "ping"): a question of only these asks about the entity itself. */
  readonly nameTerms: readonly string[];
  /**
   * Topic terms that name a thing (nouns, or words English does not know,
   * such as names): when no fact knows one, the question is about something
   * the article does not cover ("employees", "headquarters").
   */
  readonly focusTerms: readonly string[];
  /** What the intent classifier sees: stems of every word, and the answer type. */
  readonly features: readonly string[];
  readonly answerType: AnswerType;
  /** Canonical ids of article entities mentioned (`guo-ping`, `samsung`…). */
  readonly entities: readonly string[];
  /** Stems of what the question asks to be identified by name ("banks" in "Which bank…?"). */
  readonly identifies: readonly string[];
  /** Entities whose words or views are asked for: those named before a verb of saying ("What did Guo say…?"). */
  readonly speakers: readonly string[];
  /** The figures the question states or quotes, in the form of a fact's `numbers`. */
  readonly numbers: readonly QuestionNumber[];
  /** Currencies named ("in pounds", "£", "euros"). */
  readonly currencies: readonly Currency[];
  /** Words changed by spelling correction, for the explain view. */
  readonly corrections: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Terms read through WordNet ("probe" stands for "investigation"), worth less than typed ones. */
  readonly relatedTerms: readonly string[];
  /** The question's terms handed to fuzzy search: capped, the ones the knowledge base knows first. */
  readonly searchTerms: readonly string[];
  /**
   * The work reading it took, each count under a fixed ceiling (see `normalize.ts`): words read (a
   * longer question is cut) and spelling searches through the vocabulary (remembered ones are free).
   */
  readonly effort: { readonly words: number; readonly spellingSearches: number };
}

/** One scored intent from `classify-intent`, highest first. */
export interface IntentPrediction {
  readonly intent: string;
  /** Share of the classifier's probability mass, 0–1. */
  readonly probability: number;
}

/** One candidate fact from `match-facts`, best first. */
export interface FactMatch {
  readonly factId: string;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  readonly fuseScore: number;
  /** Share (0–1, IDF-weighted) of the question's terms the fact's vocabulary covers exactly. */
  readonly coverage: number;
  /**
   * The share of the question's topic terms (missing verbs weighing more in a
   * "when" question) found in
   * the answer the fact would give to this kind of question, its keywords and
   * what its numbers measure: "How much did the consumer unit sell?" must not
   * get the network-gear figure.
   */
  readonly answerCoverage: number;
  /** Question terms the fact's vocabulary does not contain. */
  readonly uncoveredTerms: readonly string[];
  /** What the question asks to be identified that the fact mentions without naming (its `unnamed`: "banks"). */
  readonly unnamedTerms: readonly string[];
  /**
   * How nearly the question asks what one of the fact's paraphrases asks: the best overlap (Jaccard,
   * 0–1) of their topic terms. "What were the sales?" asks what "What were Huawei's sales last year?"
   * asks, and only part of what "How much network gear did Huawei sell?" asks.
   */
  readonly sameTopic: number;
}

/** A quoted article sentence; `text === article.slice(start, end)`. */
export interface Citation {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The channel a question came through, for logs and the unanswered-questions file. */
export type ChannelName = 'http' | 'web' | 'slack' | 'cli' | 'eval' | 'bench';

/** What a caller asks the engine. */
export interface AskInput {
  readonly question: string;
  readonly sessionId?: string | undefined;
  readonly channel?: ChannelName;
  /** The request the question arrived with (HTTP's `X-Request-Id`), for its log line; the engine ignores it. */
  readonly requestId?: string | undefined;
}

/** The engine's answer; exactly the body of `POST /api/ask`. */
export interface AskResponse {
  readonly sessionId: string;
  readonly answer: string;
  readonly intent: string;
  readonly confidence: number;
  readonly fallback: boolean;
  readonly citations: readonly Citation[];
  readonly suggestions: readonly string[];
}
