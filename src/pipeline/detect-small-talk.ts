/**
 * Small-talk stage, read before the conversation is consulted: "hello", "ok",
 * "thanks", "bye", "help" or a bare "?" after an answer are not fragments of
 * the last question, and never get a quote. A question is small talk when its
 * likeliest intent is, it names no entity or number, every topic word is one
 * some small-talk intent is trained on, and so are most of its other words.
 */
import type { IntentClassifier } from './classify-intent.js';
import type { AnswerType, IntentPrediction, NormalizedQuestion } from './types.js';

export const SMALLTALK_PREFIX = 'smalltalk.';
/** The reply to a message with no words at all ("?", "..."): what the bot can do. */
export const CAPABILITIES_INTENT = 'smalltalk.capabilities';

export interface SmallTalk {
  readonly intent: string;
  readonly confidence: number;
  readonly reason: string;
}

/** A classifier this sure of a small-talk intent is not outweighed by words the article never uses. */
const SURE_OF_SMALL_TALK = 0.8;

/** Pronouns for people and things other than the bot and the reader ("it" and "that" also point at what was said: "that's great"). */
const THIRD_PERSONS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs', 'these', 'those']);

/** Kinds of answer only the article gives: small talk never asks how much, when or where. */
const FACTUAL_TYPES: ReadonlySet<AnswerType> = new Set(['quantity', 'time', 'place', 'duration', 'age', 'city']);

/** The small-talk intent the question is, or undefined when it asks something. */
export function detectSmallTalk(question: NormalizedQuestion, intents: readonly IntentPrediction[], classifier: Pick<IntentClassifier, 'knows' | 'knowsWord'>): SmallTalk | undefined {
  if (question.words.length === 0) return { intent: CAPABILITIES_INTENT, confidence: 1, reason: 'no words: says what the bot can do' };
  const top = intents[0];
  // A message of a word or two spreads the classifier's probability thin, so no least probability
  // applies: the words themselves decide, below.
  if (top === undefined || !top.intent.startsWith(SMALLTALK_PREFIX)) return undefined;
  if (question.entities.length > 0 || question.numbers.length > 0) return undefined;
  // "What are they for?", "is he right?": people and things spoken of are the article's, not the bot's.
  if (question.words.some((word) => THIRD_PERSONS.has(word))) return undefined;
  // "How much money?", "when?": asking for a figure, a date or a place asks about the article, unless
  // it asks the bot ("how old are you?").
  if (FACTUAL_TYPES.has(question.answerType) && !question.words.some((word) => word === 'you' || word === 'your')) return undefined;
  // "how does 5G work" is not "how does this work": every topic word must be one small talk is trained
  // on, and most of the rest too ("cheers mate" is small talk; "what did they do" is not). Any small-talk
  // intent's words count: "ok thanks" acknowledges and thanks at once.
  const smallTalk = intents.map((prediction) => prediction.intent).filter((intent) => intent.startsWith(SMALLTALK_PREFIX));
  const smallTalkTerm = (term: string) => smallTalk.some((intent) => classifier.knows(intent, term));
  // "What are you able to help with?": when the classifier is sure, a word small talk was not trained on
  // may stay, as long as no question about the article uses it either: it asks the bot.
  const articleTerm = (term: string) => intents.some(({ intent }) => !intent.startsWith(SMALLTALK_PREFIX) && classifier.knows(intent, term));
  const sure = top.probability >= SURE_OF_SMALL_TALK;
  if (!question.topicTerms.every((term) => smallTalkTerm(term) || (sure && !articleTerm(term)))) return undefined;
  const known = question.words.filter((word) => smallTalk.some((intent) => classifier.knowsWord(intent, word))).length;
  if (known * 2 <= question.words.length) return undefined;
  return { intent: top.intent, confidence: Math.round(top.probability * 100) / 100, reason: `small talk (${top.intent})` };
}
