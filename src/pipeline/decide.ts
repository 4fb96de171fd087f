/**
 * Stage 4: answer with a fact, reply to small talk, or fall back. A fact may
 * answer only if it can give the kind of answer asked for, concerns every
 * entity the question names, reports the words of whoever the question asks
 * about, names what the question asks to be named, and its vocabulary covers
 * the question's topic; otherwise the nearest sentence is never offered as an
 * answer.
 */
import type { Fact } from '../knowledge/schemas.js';
import type { AnswerType, FactMatch, IntentPrediction, NormalizedQuestion } from './types.js';

/** Tuning of the decision; `npm run eval` sweeps these and reports precision and coverage. */
export interface DecisionThresholds {
  /** Least IDF-weighted share of the question's topic terms a fact must contain. */
  readonly minCoverage: number;
  /** Least combined confidence for an answer. */
  readonly minConfidence: number;
  /** Least intent probability for a small-talk reply or a question with no topic words. */
  readonly minIntentProbability: number;
}

export const DEFAULT_THRESHOLDS: DecisionThresholds = Object.freeze({
  minCoverage: 0.6,
  minConfidence: 0.4,
  minIntentProbability: 0.35,
});

export type Decision =
  | { readonly kind: 'answer'; readonly fact: Fact; readonly aspect: AnswerType; readonly confidence: number; readonly reason: string }
  | { readonly kind: 'smalltalk'; readonly intent: string; readonly confidence: number; readonly reason: string }
  | { readonly kind: 'fallback'; readonly confidence: number; readonly reason: string; readonly nearest: readonly Fact[]; readonly missing?: AnswerType };

/** Why a fact may not answer a question. */
export interface Objection {
  readonly kind: ObjectionKind;
  /** For people: "does not say when", "misses employe (coverage 0.00)". */
  readonly message: string;
}

export type ObjectionKind =
  | 'answer-type' // cannot give the kind of answer asked for
  | 'entity' // is not about an entity the question names
  | 'speaker' // does not report the words of whom the question asks
  | 'unnamed' // mentions, but does not name, what the question asks to be named
  | 'currency' // gives no figure in the currency named
  | 'percentage' // gives no percentage, though one is asked for
  | 'coverage' // does not cover the question's topic
  | 'answer-coverage' // its answer is not about what is asked
  | 'no-topic' // the question names no topic and the intent is uncertain
  | 'confidence'; // the combined score is too low

/**
 * Objections that mean the article lacks the detail asked for, which no
 * paraphrase can fix (the unanswered-questions report tells them apart).
 */
export const MISSING_DETAIL: ReadonlySet<ObjectionKind> = new Set(['answer-type', 'entity', 'speaker', 'unnamed', 'currency', 'percentage', 'answer-coverage']);

export interface Candidate {
  readonly match: FactMatch;
  readonly fact: Fact;
  readonly score: number;
  /** Why the fact may not answer; empty when it may. */
  readonly objections: readonly Objection[];
}

export interface DecideInput {
  readonly question: NormalizedQuestion;
  readonly intents: readonly IntentPrediction[];
  readonly matches: readonly FactMatch[];
  readonly factById: ReadonlyMap<string, Fact>;
  /** Intent of the previous answer, favoured for elliptical follow-ups ("what about Germany?"). */
  readonly favouredIntent?: string | undefined;
  readonly thresholds?: DecisionThresholds;
  /** Whether an intent's training examples use a stem. */
  readonly intentKnows: (intent: string, term: string) => boolean;
  /** Facts that may answer a question naming only their entity ("What is Huawei?"). */
  readonly profileFacts?: ReadonlySet<string>;
}

const SMALLTALK = 'smalltalk.';
/**
 * Kinds of question a confident intent may answer though they name no topic: "How much did Huawei
 * make?" is the profit. A "when", "where" or "who" with no topic ("When was the article published?")
 * asks about something no fact is about.
 */
const VAGUE_ENOUGH: ReadonlySet<AnswerType> = new Set(['any', 'quantity']);
const SAME_TOPIC_WEIGHT = 0.1;

/** Scores every matched fact and lists what stops it answering. */
export function assessCandidates(input: DecideInput): Candidate[] {
  const { question, intents, matches, factById, favouredIntent } = input;
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const probability = new Map(intents.map((p) => [p.intent, p.probability]));
  const topicless = question.topicTerms.length === 0 && question.entities.every((entity) => entity === 'huawei');
  const candidates: Candidate[] = [];
  for (const match of matches) {
    const fact = factById.get(match.factId);
    if (fact === undefined) continue;
    const intentProbability = probability.get(fact.intent) ?? 0;
    const objections: Objection[] = [];
    const object = (kind: ObjectionKind, message: string) => objections.push({ kind, message });
    if (!canAnswer(fact, question.answerType)) object('answer-type', `does not say ${TYPE_WORDS[question.answerType]}`);
    const foreign = question.entities.filter((entity) => entity !== 'huawei' && !fact.entities.includes(entity));
    if (foreign.length > 0) object('entity', `is not about ${foreign.join(', ')}`);
    // Huawei speaks through all its people, so "What did Huawei say…" asks nobody in particular.
    const askedOf = question.speakers.filter((entity) => entity !== 'huawei');
    if (askedOf.length > 0 && !askedOf.some((entity) => fact.speakers.includes(entity))) object('speaker', `does not report what ${askedOf.join(', ')} said`);
    // "Which bank did the CFO lie to?": the sentence says "banks", and names none.
    if (match.unnamedTerms.length > 0) object('unnamed', `does not name the ${match.unnamedTerms.join(', ')}`);
    const missingCurrency = question.currencies.find((currency) => !fact.numbers.some((n) => n.currency === currency));
    if (missingCurrency !== undefined) object('currency', `gives no figure in ${missingCurrency}`);
    // "What percentage of the smartphone market does Huawei have?" is not answered by its rank.
    if (question.words.includes('percent') && !fact.numbers.some((number) => number.percent)) object('percentage', 'gives no percentage');
    if (match.coverage < thresholds.minCoverage) object('coverage', `misses ${match.uncoveredTerms.join(', ')} (coverage ${match.coverage.toFixed(2)})`);
    if (question.answerType !== 'any' && match.answerCoverage < thresholds.minCoverage) {
      object('answer-coverage', `its answer does not say what is asked (answer coverage ${match.answerCoverage.toFixed(2)})`);
    }
    const confidentIntent = intentProbability >= thresholds.minIntentProbability && fact.intent === intents[0]?.intent;
    if (topicless && !input.profileFacts?.has(fact.id)) {
      if (!confidentIntent) object('no-topic', 'question names no topic and the intent is uncertain');
      else if (!VAGUE_ENOUGH.has(question.answerType)) object('no-topic', `question names nothing to say ${TYPE_WORDS[question.answerType]} of`);
    }
    const bonus = fact.intent === favouredIntent ? 0.15 : 0;
    const score = Math.min(1, 0.4 * (1 - match.fuseScore) + 0.4 * match.coverage + 0.2 * intentProbability + bonus);
    if (score < thresholds.minConfidence) object('confidence', `confidence ${score.toFixed(2)} below ${thresholds.minConfidence}`);
    candidates.push({ match, fact, score, objections });
  }
  // The ranking also favours a fact whose paraphrase asks just what the question asks ("What were the
  // sales?": total sales, not network-gear sales). It stays out of the score, so it only ever chooses
  // between answers and never turns a fallback into one.
  const rank = (candidate: Candidate) => candidate.score + SAME_TOPIC_WEIGHT * candidate.match.sameTopic;
  return candidates.sort((a, b) => rank(b) - rank(a));
}

/** Decides from the candidates `assessCandidates` scored (pass them when already at hand). */
export function decide(input: DecideInput, candidates: readonly Candidate[] = assessCandidates(input)): Decision {
  const best = candidates.find((candidate) => candidate.objections.length === 0);
  if (best !== undefined) {
    return {
      kind: 'answer',
      fact: best.fact,
      aspect: input.question.answerType,
      confidence: round(best.score),
      reason: `${best.fact.id} covers the question (fuse ${best.match.fuseScore.toFixed(2)}, coverage ${best.match.coverage.toFixed(2)})`,
    };
  }
  const top = input.intents[0];
  // Small talk only when every topic word is one small talk uses: "how do I bake bread" is not a greeting.
  if (top !== undefined && top.intent.startsWith(SMALLTALK) && input.question.topicTerms.every((term) => input.intentKnows(top.intent, term))) {
    return { kind: 'smalltalk', intent: top.intent, confidence: round(top.probability), reason: `small talk (${top.intent})` };
  }
  const nearest = candidates[0];
  return {
    kind: 'fallback',
    confidence: round(nearest?.score ?? 0),
    reason: nearest === undefined ? 'no fact matched' : `nearest fact ${nearest.fact.id} ${describeObjections(nearest.objections)}`,
    // Only facts that share something with the question are "close"; otherwise the default suggestions serve better.
    nearest: candidates
      .filter((candidate) => sharesSubject(input.question, candidate))
      .slice(0, 3)
      .map((candidate) => candidate.fact),
  };
}

export function describeObjections(objections: readonly Objection[]): string {
  return objections.map((objection) => objection.message).join('; ');
}

/** The fact contains a topic word of the question, or concerns an entity it names. */
function sharesSubject(question: NormalizedQuestion, { match, fact }: Candidate): boolean {
  return (
    question.topicTerms.some((term) => !match.uncoveredTerms.includes(term)) ||
    question.entities.some((entity) => entity !== 'huawei' && fact.entities.includes(entity))
  );
}

/** Whether a fact's answer, or one of its aspects, gives the kind of answer asked for. */
export function canAnswer(fact: Fact, type: AnswerType): boolean {
  return type === 'any' || fact.answers.includes(type) || fact.aspects?.[type] !== undefined;
}

/** How a missing kind of answer is phrased: "The article doesn't say {when}." */
export const TYPE_WORDS: Record<AnswerType, string> = {
  time: 'when',
  person: 'who',
  place: 'where',
  reason: 'why',
  quantity: 'how much or how many',
  duration: 'for how long',
  age: 'how old',
  name: 'what it is called',
  city: 'in which city',
  effect: 'what it would do',
  any: 'that',
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
