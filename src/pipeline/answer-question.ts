/**
 * The engine: runs one question through the stages, each a module of its
 * own, and keeps each conversation's context. Every channel (HTTP, web
 * widget, Slack, CLI, evaluation) calls this one object, and the explain view
 * shows one line per stage that ran (docs/how-it-answers.md):
 *
 *   core clause → normalize → small talk → modality → follow-up →
 *   (conversion | aspect | classify → select intents → match facts → decide → join fragment) →
 *   compose → (two questions: each part again, when the whole found no answer)
 */
import { randomUUID } from 'node:crypto';
import type { ConversationContext, SessionStore } from '../conversation/session-store.js';
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import { LruCache } from '../lru-cache.js';
import { askedExpansion } from './acronyms.js';
import { answerAspect, continuationOf } from './answer-aspect.js';
import { asksForFigure } from './answer-type.js';
import { trainIntentClassifier, trainingExamples, type IntentClassifier } from './classify-intent.js';
import { composeAnswer, type Composed } from './compose-answer.js';
import { convertFigure } from './convert-figure.js';
import { assessCandidates, decide, type Candidate, type Decision, type DecisionThresholds } from './decide.js';
import { detectSmallTalk } from './detect-small-talk.js';
import { askedCategory } from './entity-categories.js';
import { findCoreClause } from './find-core-clause.js';
import { mainVerbOf } from './main-verb.js';
import { indexFacts, type FactMatcher } from './match-facts.js';
import { createNormalizer, questionCut, readingOnce, type Normalize } from './normalize.js';
import { readModality, type Modality } from './read-modality.js';
import { rememberTurn } from './remember-turn.js';
import { describeFollowUp, pointsBack, resolveFollowUp, saysNothingNewOf, type FollowUp } from './resolve-follow-up.js';
import { DEFAULT_SCORING, type ScoringConfig } from './scoring.js';
import { factsBeside, factsRelatedTo, intentSelector, type SelectIntents } from './select-intents.js';
import { questionParts, type QuestionParts } from './split-parts.js';
import type { AnswerType, AskInput, AskResponse, IntentPrediction, NormalizedQuestion } from './types.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** One line of the explain view: a stage and what it found. */
export interface StageNote {
  readonly stage: string;
  readonly note: string;
}

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
  /** Every stage that ran, in order, with what it found. */
  readonly stages: readonly StageNote[];
}

export interface Engine {
  readonly knowledge: KnowledgeBase;
  ask(input: AskInput): Promise<AskResponse>;
  /** Answers like `ask` and also returns what each stage decided. */
  explain(input: AskInput): Promise<{ response: AskResponse; trace: Trace }>;
}

export interface EngineOptions {
  readonly sessions: SessionStore;
  /** Weights and thresholds of the decide stage (src/pipeline/scoring.ts). */
  readonly scoring?: ScoringConfig;
  /** Thresholds only, in place of the scoring's (the calibration sweep varies these). */
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
  // Training and the fact index read the same questions; the remembered readings go once both are built.
  const read = readingOnce(normalize);
  const classifier = trainIntentClassifier(trainingExamples(knowledge), read);
  const matcher = indexFacts(knowledge, read, vocabulary.alternativesOf);
  const base = options.scoring ?? DEFAULT_SCORING;
  const scoring = options.thresholds === undefined ? base : { ...base, thresholds: options.thresholds };
  const answer = answerer({ knowledge, vocabulary, normalize, classifier, matcher, scoring, selectIntents: intentSelector(knowledge, vocabulary) });
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
  readonly scoring: ScoringConfig;
  readonly selectIntents: SelectIntents;
}

interface Turn {
  /** The clause that asks, as the core-clause stage found it (the two-questions stage splits it). */
  readonly core: string;
  readonly composed: Composed;
  readonly trace: Trace;
  /** The context to store, or undefined to leave it as it was. */
  readonly next: ConversationContext | undefined;
}

/** What the search stages found for one reading of the question. */
interface Search {
  readonly ranked: readonly IntentPrediction[];
  readonly candidates: readonly Candidate[];
  readonly decision: Decision;
}

/** How a question is searched besides by its own words. */
interface SearchOptions {
  /** The last answer's intent, favoured for fragments ("And profit?"). */
  readonly favouredIntent?: string | undefined;
  /** Facts the question asks past ("What else?"), left out of the candidates. */
  readonly given?: readonly string[];
  /** Facts that may answer though the question names no topic ("Anything else?" after an answer). */
  readonly related?: readonly string[];
  /** Facts beside the last answer about the entity an "And X?" names, preferred among answers. */
  readonly alongside?: ReadonlySet<string>;
}

function answerer(parts: Parts): (text: string, context: ConversationContext | undefined) => Turn {
  const { knowledge, vocabulary, normalize, classifier, matcher, scoring, selectIntents } = parts;
  const { subject } = knowledge.lexicon;
  const categoryOf = (entity: string) => vocabulary.entities.get(entity)?.category;
  const cut = questionCut(vocabulary);
  const headline = knowledge.sentences[0]?.id ?? '';
  const headlineFacts = new Set(knowledge.facts.filter((fact) => fact.citations.includes(headline)).map((fact) => fact.id));
  // What the knowledge base's figures measure ("sales", "profit"): "What is X's <that>?" asks for a figure.
  // Single words recur from question to question, and reading one runs the whole normaliser.
  const wordReadings = new LruCache<string, NormalizedQuestion>(WORD_READINGS);
  const readWord = (word: string) => wordReadings.getOrSet(word, () => normalize(word));
  const figureTerms = new Set(knowledge.facts.flatMap((fact) => fact.numbers.flatMap((number) => normalize(number.measures).topicTerms)));
  const isFigureNoun = (word: string) => readWord(word).topicTerms.some((term) => figureTerms.has(term));
  const verbReading = {
    canBeVerb: (word: string) => vocabulary.english.lemmasOf(word).some((reading) => reading.pos === 'v'),
    knows: (word: string) => readWord(word).terms.some((term) => matcher.stated.has(term)),
  };
  const tools = {
    normalize,
    vocabulary,
    subject,
    factKnows: (id: string, term: string) => matcher.vocabularyOf(id).has(term),
    speakersOf: (id: string) => knowledge.factById.get(id)?.speakers ?? [],
  };

  /** Classify → select intents → match facts → decide, for one reading of the question. */
  const search = (question: NormalizedQuestion, modality: Modality, note: Note, options: SearchOptions, known?: readonly IntentPrediction[]): Search => {
    const { favouredIntent, given = [], related = [], alongside } = options;
    const ranked = known ?? classifier.classify(question);
    note('classify', () => ranked.slice(0, 3).map((p) => `${p.intent} ${p.probability.toFixed(2)}`).join(' | ') || 'no intent');
    const scope = selectIntents({ question, ranked, favouredIntent, related });
    note('select intents', () => scope.intents.join(', '));
    // "Which nation…?": the nation is what the answer names, not a topic a fact must mention.
    const asked = askedCategory(question.text);
    if (asked !== undefined) note('category', () => `asks for a ${asked.categories.join(' or ')} ("${asked.noun}")`);
    // "Which countries host…?", "What could the accusations cost…?": the verb is what was done, not a thing.
    // In a "how many" or "when" question the verb is what is counted or dated, and stays a thing asked.
    const verb =
      asked?.verb !== undefined ? (verbReading.knows(asked.verb) ? undefined : asked.verb) : MEASURED_EVENTS.has(question.answerType) ? undefined : mainVerbOf(question.words, verbReading);
    if (verb !== undefined) note('main verb', verb);
    const unnamed = asked === undefined ? question : withoutTerms(question, readWord(asked.noun).terms);
    const matched = verb === undefined ? unnamed : asVerb(unnamed, readWord(verb).terms);
    const matches = matcher.match(matched, scope.intents).filter((match) => !given.includes(match.factId));
    note('match facts', () => `${matches.length} facts${given.length > 0 ? `, not again: ${given.join(', ')}` : ''}`);
    const input = {
      question: matched,
      intents: ranked,
      matches,
      factById: knowledge.factById,
      favouredIntent,
      scoring,
      subject,
      modality,
      askedCategories: asked?.categories ?? [],
      namedMayAnswer: asked?.namedMayAnswer,
      categoryOf,
      alongside,
      headlineFacts,
      askedExpansion: askedExpansion(question.raw, question.entities.flatMap((entity) => vocabulary.entities.get(entity)?.aliases ?? [])),
      profileFacts: scope.profileFacts,
    };
    const candidates = assessCandidates(input);
    const decision = decide(input, candidates);
    note('decide', decision.reason);
    return { ranked, candidates, decision };
  };

  const answerWhole = (text: string, context: ConversationContext | undefined): Turn => {
    const stages: StageNote[] = [];
    const note: Note = (stage, found) => stages.push(typeof found === 'string' ? { stage, note: found } : new LazyNote(stage, found));

    const kept = cut(text);
    const clause = findCoreClause(kept);
    const coreRead = normalize(clause.core);
    // "Sales rose nearly a fifth - compared with which year?": a clause naming nothing asks about what was
    // set aside, when that names what the facts are about ("Thanks. Why?" asks why of the last answer).
    const namesNothing =
      clause.setAside !== undefined &&
      coreRead.topicTerms.length === 0 &&
      coreRead.entities.length === 0 &&
      normalize(clause.setAside).topicTerms.some((term) => matcher.stated.has(term));
    const { core, setAside } = namesNothing ? { core: kept, setAside: undefined } : clause;
    note('core clause', () => setAside === undefined ? 'the whole question' : `"${core}" (set aside "${setAside}")`);
    const normalized = namesNothing ? normalize(core) : coreRead;
    note('normalize', () => `"${normalized.text}" (asks: ${normalized.answerType}; terms: ${normalized.topicTerms.join(', ') || '—'})`);
    const read = normalized.answerType === 'any' && asksForFigure(normalized.text, isFigureNoun) ? askingFor('quantity', normalized) : normalized;
    if (read !== normalized) note('answer type', 'asks for a figure of what the facts measure');

    // Small talk before the conversation is consulted: "thanks" after an answer is not a fragment of it.
    const readRanked = classifier.classify(read);
    const smallTalk = detectSmallTalk(read, readRanked, classifier);
    note('small talk', smallTalk?.reason ?? 'no');

    const { question, followUp, given } = smallTalk === undefined ? resolveFollowUp(read, context, tools) : { question: read, followUp: NO_FOLLOW_UP, given: [] };
    if (smallTalk === undefined) note('follow-up', () => describeFollowUp(followUp, given));
    const modality = readModality(question.raw, question.speakers.length > 0);
    if (smallTalk === undefined) note('modality', modality);
    const lastFact = context?.factId === undefined ? undefined : knowledge.factById.get(context.factId);

    let found: Search | undefined;
    let decision: Decision;
    if (smallTalk !== undefined) decision = { kind: 'smalltalk', ...smallTalk };
    else if (followUp.kind === 'conversion') {
      decision = convertFigure(question, followUp.currency, lastFact, knowledge);
      note('conversion', decision.reason);
    } else if (followUp.kind === 'aspect' && lastFact !== undefined) {
      decision = answerAspect(lastFact, followUp.type, modality, knowledge, scoring);
      note('aspect', decision.reason);
    } else {
      // "What did the report call Huawei?" after the answer quoting a report: what the last answer said is
      // what "the report" most likely means.
      const restatesLast = lastFact !== undefined && question.topicTerms.length > 0 && saysNothingNewOf(question, lastFact.id, tools.factKnows);
      const favouredIntent = followUp.kind === 'fragment' || followUp.kind === 'ellipsis' || restatesLast ? context?.intent : undefined;
      // "Anything else?" names no topic of its own: what the article says next about the last answer's
      // story may answer it, or else the facts on its intent or entities. So may "What is Huawei doing
      // about it?", which names only the subject and points back at what was just said.
      const aboutTheLast = followUp.kind === 'fragment' && question.topicTerms.length === 0 && pointsBack(question);
      const related = lastFact === undefined ? [] : relatedFacts(lastFact, given, aboutTheLast, knowledge);
      const alongside = followUp.kind === 'ellipsis' && lastFact !== undefined ? factsBeside(lastFact, followUp.entity, knowledge) : undefined;
      found = search(question, modality, note, { favouredIntent, given, related, alongside }, question === read ? readRanked : undefined);
      if (found.decision.kind !== 'answer' && followUp.kind === 'fragment' && context?.question !== undefined) {
        // "And in Germany?" may only make sense joined to the question before it. The fragment goes
        // first, so a fragment asking its own kind of question ("What are their names?") keeps it.
        const joinedText = `${question.raw} ${context.question}`;
        note('join fragment', () => `"${joinedText}"`);
        const joined = search(normalize(joinedText), modality, note, { favouredIntent, given });
        if (joined.decision.kind === 'answer') found = joined;
      }
      decision = found.decision;
    }

    const fact = decision.kind === 'answer' || decision.kind === 'conversion' ? decision.fact : undefined;
    const composed = composeAnswer(decision, knowledge);
    note('compose', () => `${composed.fallback ? 'fallback' : composed.intent}, ${composed.citations.length} citations`);
    return {
      core: clause.core,
      composed,
      trace: { question, followUp, given, intents: found?.ranked ?? [], candidates: found?.candidates ?? [], answeredBy: fact?.id, reason: decision.reason, stages },
      next: fact === undefined ? undefined : rememberTurn(context, fact, question, vocabulary),
    };
  };

  return (text, context) => {
    const whole = answerWhole(text, context);
    const parts = whole.composed.fallback ? questionParts(whole.core) : undefined;
    if (parts === undefined) return whole;
    const first = answerWhole(parts[0], context);
    const second = answerWhole(parts[1], first.next ?? context);
    return joinParts(whole, parts, [first, second]);
  };
}

/**
 * The facts that may answer a follow-up naming no topic of its own: for "What else?" (`given` the facts
 * said), the next sentence when it carries the story on, else the facts on the last one's intent or
 * entities; for one pointing back at the last answer (`aboutTheLast`), those facts but the last one.
 */
function relatedFacts(lastFact: Fact, given: readonly string[], aboutTheLast: boolean, knowledge: KnowledgeBase): string[] {
  if (given.length > 0) {
    const next = continuationOf(lastFact, knowledge);
    return next !== undefined && !given.includes(next.id) ? [next.id] : factsRelatedTo(lastFact, knowledge);
  }
  return aboutTheLast ? factsRelatedTo(lastFact, knowledge).filter((id) => id !== lastFact.id) : [];
}

/**
 * The answers to a question's two parts as one answer: each part's answer and citations, the first
 * part's first; the context the last answered part leaves. When neither part is answered, the whole
 * question's fallback stands.
 */
function joinParts(whole: Turn, parts: QuestionParts, turns: readonly [Turn, Turn]): Turn {
  const answered = turns.filter((turn) => turn.trace.answeredBy !== undefined);
  const [lead] = answered;
  const outcome = turns.map((turn, i) => `"${parts[i] ?? ''}" → ${turn.trace.answeredBy ?? 'no answer'}`).join('; ');
  const stages = [...whole.trace.stages, { stage: 'two questions', note: outcome }];
  if (lead === undefined) return { ...whole, trace: { ...whole.trace, stages } };
  const distinct = answered.filter((turn, i) => answered.findIndex((other) => other.trace.answeredBy === turn.trace.answeredBy) === i);
  const citations = distinct.flatMap((turn) => turn.composed.citations).filter((citation, i, all) => all.findIndex((other) => other.id === citation.id) === i);
  const composed = {
    ...lead.composed,
    answer: distinct.map((turn) => turn.composed.answer).join(' '),
    citations,
    confidence: Math.min(...distinct.map((turn) => turn.composed.confidence)),
  };
  return { core: whole.core, composed, trace: { ...lead.trace, stages }, next: answered.at(-1)?.next };
}

/** Distinct words whose reading is kept: far more than a knowledge base's questions use, a few hundred kB at most. */
const WORD_READINGS = 2_000;

type Note = (stage: string, found: string | (() => string)) => void;

/** Only the explain view reads the notes, so one that takes work to write is written when read. */
class LazyNote implements StageNote {
  constructor(
    readonly stage: string,
    private readonly describe: () => string,
  ) {}

  get note(): string {
    return this.describe();
  }
}

/** A question as a reader would recognise it again: letters and digits, whatever the case and punctuation. */
function comparable(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The question without some of its stems: they name what is asked, not the topic. */
function withoutTerms(question: NormalizedQuestion, stems: readonly string[]): NormalizedQuestion {
  const keep = (term: string) => !stems.includes(term);
  return { ...question, terms: question.terms.filter(keep), topicTerms: question.topicTerms.filter(keep), focusTerms: question.focusTerms.filter(keep) };
}

const MEASURED_EVENTS: ReadonlySet<AnswerType> = new Set(['quantity', 'duration', 'time']);

/** The question with some of its stems read as verbs: a fact that lacks them rephrases, and is not about another thing. */
function asVerb(question: NormalizedQuestion, stems: readonly string[]): NormalizedQuestion {
  return stems.length === 0 ? question : { ...question, focusTerms: question.focusTerms.filter((term) => !stems.includes(term)) };
}

/** The question read as asking for another kind of answer (the classifier sees the kind too). */
function askingFor(answerType: AnswerType, question: NormalizedQuestion): NormalizedQuestion {
  return { ...question, answerType, features: [...question.features.filter((feature) => !feature.startsWith('?')), `?${answerType}`] };
}

const NO_FOLLOW_UP: FollowUp = { kind: 'none' };

