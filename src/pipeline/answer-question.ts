/**
 * The engine: chains the stages (normalize → resolve follow-up → classify
 * intent → match facts → decide → compose) and keeps each conversation's
 * context. Every channel (HTTP, web widget, Slack, CLI, evaluation) calls
 * this one object.
 */
import { randomUUID } from 'node:crypto';
import type { ConversationContext, SessionStore } from '../conversation/session-store.js';
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import { LruCache } from '../lru-cache.js';
import { trainIntentClassifier, trainingExamples, type IntentClassifier } from './classify-intent.js';
import { composeAnswer, composeConversion, composeFallback, CURRENCY_NAMES, type Composed } from './compose-answer.js';
import { assessCandidates, canAnswer, decide, DEFAULT_THRESHOLDS, type Candidate, type Decision, type DecisionThresholds } from './decide.js';
import { indexFacts, type FactMatcher } from './match-facts.js';
import { createNormalizer, type Normalize } from './normalize.js';
import { resolveFollowUp, type FollowUp } from './resolve-follow-up.js';
import type { AnswerType, AskInput, AskResponse, Currency, IntentPrediction, NormalizedQuestion } from './types.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** How far to look beyond the top intent before fuzzy matching. */
const CANDIDATE_INTENTS = 5;
/** How far down the classifier's ranking an intent may be and still be searched because the question names an entity of its facts. */
const ENTITY_INTENTS = 12;
/**
 * An entity named in this few intents ("Apple", in one fact) has them all searched wherever they
 * rank: "Tell me about Apple" gives the classifier nothing else to go on, and a few intents cost little.
 */
const RARE_ENTITY_INTENTS = 2;
/** How many facts a conversation remembers giving, for "What else?". */
const REMEMBERED_ANSWERS = 10;

/** What the explain view shows: every stage's output for one question. */
export interface Trace {
  readonly question: NormalizedQuestion;
  readonly followUp: FollowUp;
  /** Facts already given that the question asked past ("What else?"). */
  readonly given: readonly string[];
  readonly intents: readonly IntentPrediction[];
  readonly candidates: readonly Candidate[];
  /** The fact the answer came from; undefined for small talk and fallbacks. */
  readonly answeredBy: string | undefined;
  readonly reason: string;
}

export interface Engine {
  readonly knowledge: KnowledgeBase;
  ask(input: AskInput): Promise<AskResponse>;
  /** Answers like `ask` and also returns what each stage decided. */
  explain(input: AskInput): Promise<{ response: AskResponse; trace: Trace }>;
}

export interface EngineOptions {
  readonly sessions: SessionStore;
  readonly thresholds?: DecisionThresholds;
  /**
   * How many opening questions keep their answer ready (least recently asked
   * dropped first). A question with no conversation before it is answered
   * the same way every time, and readers ask the same few openers (the
   * widget suggests them), so this turns most of them into a lookup. 0, the
   * default, answers every question afresh.
   */
  readonly answerCacheSize?: number;
}

export function createEngine(knowledge: KnowledgeBase, options: EngineOptions): Engine {
  const vocabulary = buildVocabulary(knowledge);
  const normalize = createNormalizer(vocabulary);
  const classifier = trainIntentClassifier(trainingExamples(knowledge), normalize);
  const matcher = indexFacts(knowledge, normalize);
  const answer = answerer({ knowledge, vocabulary, normalize, classifier, matcher, thresholds: options.thresholds ?? DEFAULT_THRESHOLDS });
  // Keyed by the question exactly as asked: only a turn without context depends on nothing else.
  const openers = new LruCache<string, Turn>(options.answerCacheSize ?? 0);

  const explain: Engine['explain'] = async (input) => {
    const sessionId = input.sessionId ?? randomUUID();
    // A store that is down costs the conversation its memory, not the user an answer.
    const context = await options.sessions.get(sessionId).catch(() => undefined);
    const { composed, trace, next } =
      context === undefined ? openers.getOrSet(input.question, () => answer(input.question, undefined)) : answer(input.question, context);
    if (next !== undefined) await options.sessions.set(sessionId, next).catch(() => undefined);
    // Suggesting the question just asked would only send the reader round in a circle.
    const asked = comparable(input.question);
    const suggestions = composed.suggestions.filter((suggestion) => comparable(suggestion) !== asked);
    return { response: { sessionId, ...composed, suggestions }, trace };
  };
  return { knowledge, explain, ask: async (input) => (await explain(input)).response };
}

interface Parts {
  readonly knowledge: KnowledgeBase;
  readonly vocabulary: Vocabulary;
  readonly normalize: Normalize;
  readonly classifier: IntentClassifier;
  readonly matcher: FactMatcher;
  readonly thresholds: DecisionThresholds;
}

interface Stages {
  readonly intents: readonly IntentPrediction[];
  readonly candidates: readonly Candidate[];
}

const NO_STAGES: Stages = { intents: [], candidates: [] };

/** How a question is searched besides by its own words. */
interface SearchOptions {
  /** The last answer's intent, favoured for fragments ("And profit?"). */
  readonly favouredIntent?: string | undefined;
  /** Facts the question asks past ("What else?"), left out of the candidates. */
  readonly given?: readonly string[];
  /** Facts that may answer though the question names no topic, as an entity's profile answers "Tell me about Huawei". */
  readonly related?: readonly string[];
}

interface Turn {
  readonly composed: Composed;
  readonly trace: Trace;
  /** The context to store, or undefined to leave it as it was. */
  readonly next: ConversationContext | undefined;
}

function answerer(parts: Parts): (text: string, context: ConversationContext | undefined) => Turn {
  const { knowledge, vocabulary, normalize, classifier, matcher, thresholds } = parts;
  const intentsByEntity = new Map<string, string[]>();
  for (const fact of knowledge.facts) {
    for (const entity of fact.entities) {
      if (entity === 'huawei') continue;
      const intents = intentsByEntity.get(entity) ?? [];
      if (!intents.includes(fact.intent)) intents.push(fact.intent);
      intentsByEntity.set(entity, intents);
    }
  }

  const run = (question: NormalizedQuestion, { favouredIntent, given = [], related = [] }: SearchOptions = {}): Stages & { decision: Decision } => {
    const intents = classifier.classify(question);
    // Besides the likeliest intents, every intent with a fact about an entity the question names.
    // A question naming only an entity ("Tell me about Huawei") is answered by that entity's profile fact.
    const profileFacts = new Set([...question.entities.flatMap((entity) => vocabulary.entities.get(entity)?.profile ?? []), ...related]);
    // A common entity's intents only among the classifier's broader shortlist: an entity named in many
    // facts (Britain, Guo) would otherwise pull in most of the knowledge base, and grow with it.
    const plausible = new Set(intents.slice(0, ENTITY_INTENTS).map((p) => p.intent));
    const entityIntents = question.entities.flatMap((entity) => {
      const named = intentsByEntity.get(entity) ?? [];
      return named.length <= RARE_ENTITY_INTENTS ? named : named.filter((intent) => plausible.has(intent));
    });
    const searched = new Set([
      ...[...profileFacts].flatMap((id) => knowledge.factById.get(id)?.intent ?? []),
      ...intents.slice(0, CANDIDATE_INTENTS).map((p) => p.intent),
      ...entityIntents,
      ...(favouredIntent === undefined ? [] : [favouredIntent]),
    ]);
    const matches = matcher.match(question, [...searched]).filter((match) => !given.includes(match.factId));
    const input = { question, intents, matches, factById: knowledge.factById, favouredIntent, thresholds, intentKnows: classifier.knows, profileFacts };
    const candidates = assessCandidates(input);
    return { intents, decision: decide(input, candidates), candidates };
  };

  const tools = {
    normalize,
    vocabulary,
    factKnows: (id: string, term: string) => matcher.vocabularyOf(id).has(term),
    speakersOf: (id: string) => knowledge.factById.get(id)?.speakers ?? [],
  };

  return (text, context) => {
    const { question, followUp, given } = resolveFollowUp(normalize(text), context, tools);
    const lastFact = context?.factId === undefined ? undefined : knowledge.factById.get(context.factId);
    /** A turn answered from `fact` (remembered as the conversation's context), or not answered. */
    const turn = (composed: Composed, reason: string, fact?: Fact, stages: Stages = NO_STAGES): Turn => ({
      composed,
      trace: { question, followUp, given, intents: stages.intents, candidates: stages.candidates, answeredBy: fact?.id, reason },
      next: fact === undefined ? undefined : remember(context, fact, question, vocabulary),
    });

    if (followUp.kind === 'conversion') {
      const converted = convert(question, followUp.currency, lastFact, knowledge);
      if (converted !== undefined) return turn(composeConversion(converted.number, converted.fact, knowledge), `converted from ${converted.fact.id}`, converted.fact);
      const answer = knowledge.replies.conversionMissing.replace('{currency}', CURRENCY_NAMES[followUp.currency]);
      return turn(composeFallback(knowledge, 0, lastFact ? [lastFact] : [], undefined, answer), 'no figure in that currency');
    }

    if (followUp.kind === 'aspect' && lastFact !== undefined) {
      const fact = answeringFollowUp(lastFact, followUp.type, knowledge);
      if (fact === undefined) return turn(composeFallback(knowledge, 0, [lastFact], followUp.type), `${lastFact.id} does not say`);
      const decision = { kind: 'answer', fact, aspect: followUp.type, confidence: 0.9, reason: `follow-up on ${lastFact.id}` } as const;
      return turn(composeAnswer(decision, knowledge), decision.reason, fact);
    }

    const favouredIntent = followUp.kind === 'fragment' ? context?.intent : undefined;
    // "Anything else?" names no topic of its own: the facts on the last one's intent or entities may answer it.
    const related = given.length > 0 && lastFact !== undefined ? relatedTo(lastFact, knowledge) : [];
    let stages = run(question, { favouredIntent, given, related });
    if (stages.decision.kind !== 'answer' && followUp.kind === 'fragment' && context?.question !== undefined) {
      // "And in Germany?" may only make sense joined to the question before it. The fragment goes
      // first, so a fragment asking its own kind of question ("What are their names?") keeps it.
      const joined = run(normalize(`${question.raw} ${context.question}`), { favouredIntent, given });
      if (joined.decision.kind === 'answer') stages = joined;
    }
    const { decision } = stages;
    return turn(composeAnswer(decision, knowledge), decision.reason, decision.kind === 'answer' ? decision.fact : undefined, stages);
  };
}

/** A question as a reader would recognise it again: letters and digits, whatever the case and punctuation. */
function comparable(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Facts on the same intent as `fact`, or about one of its entities (Huawei aside). */
function relatedTo(fact: Fact, knowledge: KnowledgeBase): string[] {
  const shares = (other: Fact) => other.intent === fact.intent || other.entities.some((entity) => entity !== 'huawei' && fact.entities.includes(entity));
  return knowledge.facts.filter(shares).map((other) => other.id);
}

/**
 * The fact that answers "Why?" (or "When?"…) about the last one: itself, or else a fact of its intent
 * built on the same sentence: "We welcome the EU's attitude" is explained by the fact quoting why.
 */
function answeringFollowUp(lastFact: Fact, type: AnswerType, knowledge: KnowledgeBase): Fact | undefined {
  if (canAnswer(lastFact, type)) return lastFact;
  const sentence = lastFact.citations[0];
  return knowledge.facts.find((fact) => fact.intent === lastFact.intent && sentence !== undefined && fact.citations.includes(sentence) && canAnswer(fact, type));
}

/** The figure to convert: named in the question, or else the last answer's. */
function convert(question: NormalizedQuestion, currency: Currency, lastFact: Fact | undefined, knowledge: KnowledgeBase) {
  const asked = question.numbers.find((number) => number.currency !== currency);
  const sources = asked === undefined ? (lastFact ? [lastFact] : []) : knowledge.facts;
  for (const fact of sources) {
    const from = fact.numbers.find((n) => n.currency !== undefined && n.currency !== currency && (asked === undefined || n.value === asked.value));
    const to = fact.numbers.find((n) => n.currency === currency && (from === undefined || n.measures === from.measures));
    if (to !== undefined && (asked === undefined || from !== undefined)) return { number: to, fact };
  }
  return undefined;
}

function remember(context: ConversationContext | undefined, fact: Fact, question: NormalizedQuestion, vocabulary: Vocabulary): ConversationContext {
  const isPerson = (id: string) => vocabulary.entities.get(id)?.kind === 'person';
  const mentioned = [...question.entities.filter(isPerson), ...fact.entities.filter(isPerson)];
  return {
    factId: fact.id,
    intent: fact.intent,
    people: [...new Set([...mentioned, ...(context?.people ?? [])])].slice(0, 5),
    question: question.text,
    answered: [...new Set([fact.id, ...(context?.answered ?? [])])].slice(0, REMEMBERED_ANSWERS),
  };
}
