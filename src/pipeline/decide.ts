/**
 * Decide stage: answer with a fact or fall back. A fact may answer only if it
 * can give the kind of answer asked for, concerns every entity the question
 * names, reports the words of whoever the question asks about, names what
 * (or which category of entity) the question asks to be named, reports the
 * forecast, consequence, view or advice a question of that modality asks for,
 * and its vocabulary covers the question's topic; otherwise the nearest
 * sentence is never offered as an answer. Weights and thresholds come from
 * `scoring.ts`.
 */
import type { EntityCategory, Fact, FactNumber } from '../knowledge/schemas.js';
import { ARTICLE_WORDS, relativePeriods, statesATime } from '../language/en/index.js';
import { spellsOut } from './acronyms.js';
import { asksYesOrNo } from './answer-type.js';
import { namesCategory } from './entity-categories.js';
import { quotedFigures, statesQuotedFigure } from './quoted-figures.js';
import { reportsWhatIsAsked, wantedReports, type Modality } from './read-modality.js';
import { candidateScore, DEFAULT_SCORING, type DecisionThresholds, type ScoringConfig } from './scoring.js';
import type { AnswerType, FactMatch, IntentPrediction, NormalizedQuestion } from './types.js';

export { DEFAULT_THRESHOLDS, type DecisionThresholds } from './scoring.js';

export type Decision =
  | { readonly kind: 'answer'; readonly fact: Fact; readonly aspect: AnswerType; readonly confidence: number; readonly reason: string }
  | { readonly kind: 'smalltalk'; readonly intent: string; readonly confidence: number; readonly reason: string }
  /** "How much is that in pounds?": the figure the article also gives in the currency asked. */
  | { readonly kind: 'conversion'; readonly fact: Fact; readonly number: FactNumber; readonly confidence: number; readonly reason: string }
  | {
      readonly kind: 'fallback';
      readonly confidence: number;
      readonly reason: string;
      readonly nearest: readonly Fact[];
      readonly missing?: AnswerType;
      /** A reply of its own instead of "The article doesn't say" (a figure missing in a currency). */
      readonly reply?: string;
    };

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
  | 'category' // names no entity of the category asked for ("Which country…?")
  | 'figure' // does not state the figure the question quotes, which another fact does
  | 'modality' // states a fact where a forecast, consequence, view or advice is asked for
  | 'period' // speaks of another period than the one asked about ("this year" for "next year")
  | 'coverage' // does not cover the question's topic
  | 'answer-coverage' // its answer is not about what is asked
  | 'no-topic' // the question names no topic and the intent is uncertain
  | 'confidence'; // the combined score is too low

/**
 * Objections that mean the article lacks the detail asked for, which no
 * paraphrase can fix (the unanswered-questions report tells them apart).
 */
export const MISSING_DETAIL: ReadonlySet<ObjectionKind> = new Set(['answer-type', 'entity', 'speaker', 'unnamed', 'currency', 'percentage', 'category', 'figure', 'modality', 'period', 'answer-coverage']);

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
  /** Weights and thresholds; the thresholds in it give way to `thresholds` when both are given. */
  readonly scoring?: ScoringConfig;
  readonly thresholds?: DecisionThresholds;
  /** The entity the article is about: naming it narrows no question. */
  readonly subject?: string | undefined;
  /** What the question asks of the article besides its topic (a statement when not given). */
  readonly modality?: Modality;
  /** Categories of entity the question asks to be named ("Which country…?"), and each entity's category. */
  readonly askedCategories?: readonly EntityCategory[];
  /** Whether an entity the question names may be the one of the asked category (it named them by title). */
  readonly namedMayAnswer?: boolean;
  readonly categoryOf?: (entity: string) => EntityCategory | undefined;
  /** Facts on the sentences beside the last answer's, about the entity an "And X?" now names. */
  readonly alongside?: ReadonlySet<string>;
  /** Facts citing the article's headline: what a question about the article itself is about. */
  readonly headlineFacts?: ReadonlySet<string>;
  /** The short form whose expansion the question asks for ("What does ICI stand for?"). */
  readonly askedExpansion?: string | undefined;
  /** Facts that may answer a question naming only their entity ("What is Huawei?"). */
  readonly profileFacts?: ReadonlySet<string>;
}

/**
 * Kinds of question a confident intent may answer though they name no topic: "How much did Huawei
 * make?" is the profit. A "when", "where" or "who" with no topic ("When was the article published?")
 * asks about something no fact is about.
 */
const VAGUE_ENOUGH: ReadonlySet<AnswerType> = new Set(['any', 'quantity']);

/** "How many phones…?" asks for a count; "how many billion dollars…?" or "by how many percent…?" does not. */
const ASKS_COUNT = /\bhow many\b(?! (?:per ?cent|percent|percentage|points?|thousand|million|billion|trillion|bn|dollars?|pounds?|euros?|yuan|us dollars?)\b)/;

/**
 * Whether the fact may give a count: a money amount or a percentage ("sales of 62.3 billion dollars")
 * does not say how many of anything, unless the fact gives a quantity answer of its own.
 */
function countsSomething(fact: Fact, counted: Counted | undefined): boolean {
  if (fact.numbers.length === 0) return true;
  if (counted === undefined) return fact.aspects?.quantity !== undefined || fact.numbers.some((number) => number.currency === undefined && number.percent !== true);
  // "How many engineers…?" is not answered by a count of years, even of years of software engineering.
  const { names } = counted;
  const counts = fact.numbers.some((number) => number.currency === undefined && number.percent !== true && names.test(`${number.unit ?? ''} ${number.measures ?? ''}`));
  return counts || names.test(fact.aspects?.quantity?.answer ?? '');
}

/** What "how many" counts, singular, and a pattern for the word in either number. */
interface Counted {
  readonly thing: string;
  readonly names: RegExp;
}

/**
 * What "how many" counts ("engineers" → "engineer"), when it names a topic: "how many people" or
 * "how many of them" count whatever the fact counts.
 */
function countedThing(question: NormalizedQuestion): Counted | undefined {
  const at = question.words.findIndex((word, i) => word === 'many' && question.words[i - 1] === 'how');
  const word = at < 0 ? undefined : question.words[at + 1];
  if (word === undefined || !/^\p{L}+$/u.test(word) || !question.topicTerms.some((term) => word.startsWith(term))) return undefined;
  const thing = word.replace(/(?<=\p{L}{3})(?:es|s)$/u, '');
  return { thing, names: new RegExp(`\\b${thing}(?:s|es)?\\b`, 'i') };
}

/** Kinds of answer an entity of the category asked for gives: "Which country…?" asks where, "Which company…?" who. */
const NAMED_BY_CATEGORY: ReadonlySet<AnswerType> = new Set(['place', 'person']);

/** The entities a question names besides the article's subject: those that narrow what it asks. */
export function namedBesidesSubject(entities: readonly string[], subject: string | undefined): string[] {
  return entities.filter((entity) => entity !== subject);
}

/**
 * Most candidates lose, and only the explain view and a fallback's nearest fact read why: the message
 * is written when read.
 */
class LazyObjection implements Objection {
  constructor(
    readonly kind: ObjectionKind,
    private readonly describe: () => string,
  ) {}

  get message(): string {
    return this.describe();
  }

  /** The unanswered-questions log writes objections as JSON: the message goes with them. */
  toJSON(): { kind: string; message: string } {
    return { kind: this.kind, message: this.message };
  }
}

/** Scores every matched fact and lists what stops it answering. */
export function assessCandidates(input: DecideInput): Candidate[] {
  const { question, intents, matches, factById, favouredIntent, subject, modality = 'statement', askedCategories = [], categoryOf = () => undefined, askedExpansion } = input;
  const scoring = input.scoring ?? DEFAULT_SCORING;
  const thresholds = input.thresholds ?? scoring.thresholds;
  const probability = new Map(intents.map((p) => [p.intent, p.probability]));
  const named = namedBesidesSubject(question.entities, subject);
  const topicless = question.topicTerms.length === 0 && named.length === 0;
  // "Tell me about Acme" names an entity and nothing else: its profile answers, not whichever fact
  // mentions it most. Asked what they said ("What did Mrs Doe say?"), any fact reporting their words may.
  const profile = input.profileFacts ?? new Set<string>();
  // Its only topic words are the name of the one entity it names ("Tell me about Lombardy Region"); a second entity
  // ("What happened to Acme in Spain?") makes it a question about the two.
  const namesOnlyAnEntity = question.topicTerms.length === 0 || (question.entities.length === 1 && question.topicTerms.every((term) => question.nameTerms.includes(term)));
  // "What does M5S stand for?" names only the entity too, but asks what its letters spell, which its profile may not.
  const asksProfile = namesOnlyAnEntity && question.speakers.length === 0 && profile.size > 0 && askedExpansion === undefined;
  // "What's the £76.6bn figure?" is about the fact stating it, whichever other facts its words fit better.
  // "Did sales reach $1bn?" is not: a yes/no question may state a figure to be told the real one.
  const matchedFacts = matches.flatMap((match) => factById.get(match.factId) ?? []);
  const yesOrNo = asksYesOrNo(question.text);
  const figures = yesOrNo ? [] : quotedFigures(question, matchedFacts);
  const asksCount = question.answerType === 'quantity' && ASKS_COUNT.test(question.text);
  const counted = asksCount ? countedThing(question) : undefined;
  // The subject speaks through all its people, so "What did Acme say…" asks nobody in particular.
  const askedOf = namedBesidesSubject(question.speakers, subject);
  const asksOfTheArticle = question.words.some((word) => ARTICLE_WORDS.has(word));
  const headlineFacts = input.headlineFacts ?? NONE;
  // A rate ("the tax rate", "the growth rate") is a share: only a fact giving a percentage states it.
  const asksPercentage = question.words.some((word) => SHARE_WORDS.has(word));
  // "Has Huawei opened a centre in France?" is answered by the sentence listing the countries it has
  // opened them in: a yes or no about one thing, of a kind the fact names others of. Not a comparison
  // of two ("Is Ericsson bigger than Samsung?"), which a list of others does not settle.
  const asksOfOneOfAKind = yesOrNo && named.length === 1;
  const notOthers = subject === undefined ? question.entities : [...question.entities, subject];
  // "What will sales be next year?" is not answered by what someone expects this year.
  const askedPeriods = relativePeriods(question.text);
  const candidates: Candidate[] = [];
  for (const match of matches) {
    const fact = factById.get(match.factId);
    if (fact === undefined) continue;
    const intentProbability = probability.get(fact.intent) ?? 0;
    const objections: Objection[] = [];
    const object = (kind: ObjectionKind, message: () => string) => objections.push(new LazyObjection(kind, message));
    // "Which country's report…?" is answered by the fact naming the country, whatever else it answers.
    const namesAsked = askedCategories.length > 0 && namesCategory(askedCategories, [...fact.entities, ...fact.speakers], input.namedMayAnswer === true ? [] : question.entities, categoryOf);
    if (!canAnswer(fact, question.answerType) && !(namesAsked && NAMED_BY_CATEGORY.has(question.answerType))) {
      object('answer-type', () => `does not say ${TYPE_WORDS[question.answerType]}`);
    } else if (asksCount && !countsSomething(fact, counted)) object('answer-type', () => (counted === undefined ? 'gives an amount or a share, not how many' : `counts no ${counted.thing}s`));
    const listsOthers = (entity: string) => {
      const category = asksOfOneOfAKind ? categoryOf(entity) : undefined;
      return category !== undefined && namesCategory([category], fact.entities, notOthers, categoryOf);
    };
    const foreign = named.filter((entity) => !fact.entities.includes(entity) && !listsOthers(entity));
    if (foreign.length > 0) object('entity', () => `is not about ${foreign.join(', ')}`);
    if (askedOf.length > 0 && !askedOf.some((entity) => fact.speakers.includes(entity))) object('speaker', () => `does not report what ${askedOf.join(', ')} said`);
    // "Which bank did the CFO lie to?": the sentence says "banks", and names none.
    if (match.unnamedTerms.length > 0) object('unnamed', () => `does not name the ${match.unnamedTerms.join(', ')}`);
    const missingCurrency = question.currencies.find((currency) => !fact.numbers.some((n) => n.currency === currency));
    if (missingCurrency !== undefined) object('currency', () => `gives no figure in ${missingCurrency}`);
    // "What percentage of the smartphone market does Huawei have?" is not answered by its rank.
    if (asksPercentage && !fact.numbers.some((number) => number.percent)) object('percentage', () => 'gives no percentage');
    if (figures.length > 0 && !statesQuotedFigure(fact, figures)) object('figure', () => 'does not state the figure quoted');
    if (askedCategories.length > 0 && !namesAsked) object('category', () => `names no ${askedCategories[0]} besides those asked about`);
    if (askedExpansion !== undefined && !spellsOut(fact.answer, askedExpansion)) object('answer-type', () => `does not say what ${askedExpansion.toUpperCase()} stands for`);
    const said = askedPeriods.length > 0 ? relativePeriods(fact.answer) : [];
    if (said.length > 0 && !askedPeriods.some((period) => said.includes(period))) object('period', () => `speaks of ${said.join(' and ')}, not ${askedPeriods.join(' or ')}`);
    if (!reportsWhatIsAsked(modality, fact.reports)) object('modality', () => `reports no ${wantedReports(modality)} (asked: ${modality})`);
    if (match.coverage < thresholds.minCoverage) object('coverage', () => `misses ${match.uncoveredTerms.join(', ')} (coverage ${match.coverage.toFixed(2)})`);
    if (question.answerType !== 'any' && match.answerCoverage < thresholds.minCoverage) {
      object('answer-coverage', () => `its answer does not say what is asked (answer coverage ${match.answerCoverage.toFixed(2)})`);
    }
    const confidentIntent = intentProbability >= thresholds.minIntentProbability && fact.intent === intents[0]?.intent;
    if (asksProfile && !profile.has(fact.id)) object('no-topic', () => 'question names only an entity, whose profile answers');
    else if (topicless && !profile.has(fact.id)) {
      if (!confidentIntent) object('no-topic', () => 'question names no topic and the intent is uncertain');
      // "When was this article published?" names the article itself: its headline's fact may say, if it
      // gives that kind of answer (dated by a dateline).
      else if (!VAGUE_ENOUGH.has(question.answerType) && !(asksOfTheArticle && headlineFacts.has(fact.id))) {
        object('no-topic', () => `question names nothing to say ${TYPE_WORDS[question.answerType]} of`);
      }
    }
    const score = candidateScore({ fuseScore: match.fuseScore, coverage: match.coverage, intentProbability, favoured: fact.intent === favouredIntent }, scoring);
    if (score < thresholds.minConfidence) object('confidence', () => `confidence ${score.toFixed(2)} below ${thresholds.minConfidence}`);
    candidates.push({ match, fact, score, objections });
  }
  // The ranking also favours a fact whose paraphrase asks just what the question asks ("What were the
  // sales?": total sales, not network-gear sales). It stays out of the score, so it only ever chooses
  // between answers and never turns a fallback into one.
  const alongside = input.alongside ?? NONE;
  const givesFigure = figureAsked(question, yesOrNo, asksCount || asksPercentage);
  const rank = (candidate: Candidate) =>
    candidate.score +
    scoring.sameTopicWeight * candidate.match.sameTopic +
    (alongside.has(candidate.fact.id) ? scoring.alongsideWeight : 0) +
    (givesFigure(candidate.fact) ? scoring.figureWeight : 0);
  return candidates.sort((a, b) => rank(b) - rank(a));
}

const NONE: ReadonlySet<string> = new Set();
const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', 'rate', 'rates']);

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
  const nearest = candidates[0];
  const named = namedBesidesSubject(input.question.entities, input.subject);
  return {
    kind: 'fallback',
    confidence: round(nearest?.score ?? 0),
    reason: nearest === undefined ? 'no fact matched' : `nearest fact ${nearest.fact.id} ${describeObjections(nearest.objections)}`,
    // Only facts that share something with the question are "close"; otherwise the default suggestions serve better.
    nearest: candidates
      .filter((candidate) => sharesSubject(input.question, candidate, named))
      .slice(0, 3)
      .map((candidate) => candidate.fact),
  };
}

export function describeObjections(objections: readonly Objection[]): string {
  return objections.map((objection) => objection.message).join('; ');
}

/** The fact contains a topic word of the question, or concerns an entity it names. */
function sharesSubject(question: NormalizedQuestion, { match, fact }: Candidate, named: readonly string[]): boolean {
  return question.topicTerms.some((term) => !match.uncoveredTerms.includes(term)) || named.some((entity) => fact.entities.includes(entity));
}

/**
 * Whether a fact's answer, or one of its aspects, gives the kind of answer asked for. An answer that
 * dates what it says answers "When?" though its author listed only what it is mainly about: "sales
 * rose 19.5% over 2017" says against which year.
 */
export function canAnswer(fact: Fact, type: AnswerType): boolean {
  return type === 'any' || fact.answers.includes(type) || fact.aspects?.[type] !== undefined || (type === 'time' && statesATime(fact.answer));
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
  attribute: 'so',
  any: 'that',
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The facts that give the figure a question asks: "How much were Huawei's sales?" asks an amount, which
 * a sum of money gives before a rise in percent; "Did network gear sales grow?" asks how a figure moved,
 * which a fact stating the figure settles. A count or a share is the other stages' business.
 */
function figureAsked(question: NormalizedQuestion, yesOrNo: boolean, countOrShare: boolean): (fact: Fact) => boolean {
  const moved = CHANGES.test(question.text);
  if (question.answerType === 'quantity' && !moved && !countOrShare) return (fact) => fact.numbers.some((number) => number.currency !== undefined);
  if ((question.answerType === 'quantity' || yesOrNo) && moved) return (fact) => fact.numbers.length > 0;
  return () => false;
}

/** Words asking how a figure moved rather than what it was. */
const CHANGES = /\b(grow|grew|grown|growth|rise|rose|risen|fall|fell|fallen|increase|increased|decrease|decreased|drop|dropped|up|down|change|changed|more|less)\b/;
