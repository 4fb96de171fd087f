/**
 * Chooses which intents' facts a question is matched against: the
 * classifier's likeliest few (and further down its ranking until enough
 * facts are searched), every intent with a fact about an entity the
 * question names (within reason), the intents of facts stating a figure the
 * question quotes, the intent of a profile fact the question
 * asks for ("Tell me about Acme"), and the last answer's intent for a
 * fragment of the conversation ("And profit?").
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import { quotedFigures, statesQuotedFigure } from './quoted-figures.js';
import type { IntentPrediction, NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** How far to look beyond the top intent before fuzzy matching. */
const CANDIDATE_INTENTS = 5;
/**
 * Facts searched at least, going on down the classifier's ranking past its first few: a classifier's
 * mistake costs more than matching a few more facts, and a drafted knowledge base (one fact per
 * sentence, intents grouped by shared words) is where the classifier errs most. 24 answered every
 * Huawei evaluation question as 48 (every fact) did, for 20% less CPU per question (2026-11-29).
 */
export const MIN_FACTS_SEARCHED = 24;
/** How far down the classifier's ranking an intent may be and still be searched because the question names an entity of its facts. */
const ENTITY_INTENTS = 12;
/**
 * An entity named in this few intents (a rival named in one fact) has them all searched wherever they
 * rank: "Tell me about Rival Inc" gives the classifier nothing else to go on, and a few intents cost little.
 */
const RARE_ENTITY_INTENTS = 2;

export interface SearchScope {
  readonly intents: readonly string[];
  /** Facts that may answer though the question names no topic, as an entity's profile answers "Tell me about Acme". */
  readonly profileFacts: ReadonlySet<string>;
}

export interface ScopeRequest {
  readonly question: NormalizedQuestion;
  readonly ranked: readonly IntentPrediction[];
  /** The last answer's intent, searched for a fragment. */
  readonly favouredIntent?: string | undefined;
  /** Facts "What else?" may be answered by. */
  readonly related?: readonly string[];
}

export type SelectIntents = (request: ScopeRequest) => SearchScope;

export function intentSelector(knowledge: KnowledgeBase, vocabulary: Vocabulary): SelectIntents {
  const subject = knowledge.lexicon.subject;
  const intentsByEntity = new Map<string, string[]>();
  for (const fact of knowledge.facts) {
    // Nearly every fact concerns the subject: naming it says nothing about which.
    for (const entity of fact.entities.filter((id) => id !== subject)) {
      const intents = intentsByEntity.get(entity) ?? [];
      if (!intents.includes(fact.intent)) intents.push(fact.intent);
      intentsByEntity.set(entity, intents);
    }
  }
  const factCount = new Map<string, number>();
  for (const fact of knowledge.facts) factCount.set(fact.intent, (factCount.get(fact.intent) ?? 0) + 1);
  /** The classifier's first few intents, and more of its ranking until they hold enough facts. */
  const likeliest = (ranked: readonly IntentPrediction[]) => {
    const chosen: string[] = [];
    let facts = 0;
    for (const { intent } of ranked) {
      if (chosen.length >= CANDIDATE_INTENTS && facts >= MIN_FACTS_SEARCHED) break;
      chosen.push(intent);
      facts += factCount.get(intent) ?? 0;
    }
    return chosen;
  };
  return ({ question, ranked, favouredIntent, related = [] }) => {
    const profileFacts = new Set([...question.entities.flatMap((entity) => vocabulary.entities.get(entity)?.profile ?? []), ...related]);
    // A common entity's intents only among the classifier's broader shortlist: an entity named in many
    // facts would otherwise pull in most of the knowledge base, and grow with it.
    const plausible = new Set(ranked.slice(0, ENTITY_INTENTS).map((p) => p.intent));
    const entityIntents = question.entities.flatMap((entity) => {
      const named = intentsByEntity.get(entity) ?? [];
      return named.length <= RARE_ENTITY_INTENTS ? named : named.filter((intent) => plausible.has(intent));
    });
    // "What's the £76.6bn figure?": the facts stating a figure the question quotes, whatever the classifier thinks.
    const figures = quotedFigures(question, knowledge.facts);
    const figureIntents = figures.length === 0 ? [] : knowledge.facts.filter((fact) => statesQuotedFigure(fact, figures)).map((fact) => fact.intent);
    const intents = new Set([
      ...figureIntents,
      ...[...profileFacts].flatMap((id) => knowledge.factById.get(id)?.intent ?? []),
      ...likeliest(ranked),
      ...entityIntents,
      ...(favouredIntent === undefined ? [] : [favouredIntent]),
    ]);
    return { intents: [...intents], profileFacts };
  };
}

/**
 * The facts on the sentences just before and after `fact`'s that are about `entity`: after "What did
 * Ren say?", "And Guo?" is most likely answered by the article setting Guo's words beside Ren's.
 */
export function factsBeside(fact: Fact, entity: string, knowledge: KnowledgeBase): Set<string> {
  const at = knowledge.sentences.map((sentence) => sentence.id);
  const cited = fact.citations.map((id) => at.indexOf(id)).filter((index) => index >= 0);
  const beside = new Set(cited.flatMap((index) => [at[index - 1], at[index + 1]]).filter((id) => id !== undefined && !fact.citations.includes(id)));
  const about = (other: Fact) => other.entities.includes(entity) || other.speakers.includes(entity);
  return new Set(knowledge.facts.filter((other) => other.id !== fact.id && beside.has(other.citations[0] ?? '') && about(other)).map((other) => other.id));
}

/** Facts on the same intent as `fact`, or about one of its entities besides the subject: what "Anything else?" may get. */
export function factsRelatedTo(fact: Fact, knowledge: KnowledgeBase): string[] {
  const { subject } = knowledge.lexicon;
  const shares = (other: Fact) => other.intent === fact.intent || other.entities.some((entity) => entity !== subject && fact.entities.includes(entity));
  return knowledge.facts.filter(shares).map((other) => other.id);
}
