/**
 * Match-facts stage: fuzzy-matches a question against the facts of the
 * intents the select-intents stage chose.
 *
 * Fuse ranks (token search, in `nlp/fuzzy-token-search.ts`: each question
 * term is fuzzy-matched, weighted by how rare it is); `coverage` is the
 * exact, IDF-weighted share of the question's topic terms that a fact's
 * vocabulary contains, which the decide stage uses to refuse questions about
 * things the fact does not state.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact, LexiconEntity } from '../knowledge/schemas.js';
import { fuzzyTokenSearch, type FuzzyDocument, type FuzzyTokenSearchOptions } from '../nlp/fuzzy-token-search.js';
import { stem } from '../nlp/natural.js';
import { nounsFor } from './entity-categories.js';
import { statesQuotedFigure } from './quoted-figures.js';
import type { Normalize } from './normalize.js';
import type { AnswerType, FactMatch, NormalizedQuestion } from './types.js';

export interface FactMatcher {
  /** Candidate facts of the given intents, best first. */
  match(question: NormalizedQuestion, intents: readonly string[]): FactMatch[];
  /** The stems a fact's vocabulary holds (for explain views and validation). */
  vocabularyOf(factId: string): ReadonlySet<string>;
  /** The stems some fact's vocabulary holds. */
  readonly stated: ReadonlySet<string>;
}

/**
 * A fact's searchable fields: the stems of its paraphrased questions, then
 * of its keywords and answer (its sentences count towards coverage, but
 * would make fuzzy search slow). Matching a paraphrase counts double.
 */
const SEARCH_OPTIONS: FuzzyTokenSearchOptions = {
  fieldWeights: [2, 1],
  // Bitap tolerance per term: lets "engin" reach "engineer" stems, not "sale" reach "scale".
  threshold: 0.3,
};

/** What the matcher keeps about one fact. */
interface IndexedFact {
  readonly fact: Fact;
  /** Stems of its questions, keywords, answers, sentences and entity names. */
  readonly vocabulary: ReadonlySet<string>;
  /** Per kind of question, the stems of the answer it would give (see `answerTexts`). */
  readonly answerVocabularies: ReadonlyMap<string, ReadonlySet<string>>;
  /** Stems of what its figures measure ("Canadians detained"). */
  readonly measured: ReadonlySet<string>;
  /** Stems of what it mentions without naming. */
  readonly unnamed: ReadonlySet<string>;
  /** The topic terms of each of its paraphrased questions. */
  readonly paraphraseTopics: ReadonlyArray<ReadonlySet<string>>;
  readonly document: FuzzyDocument;
}

/** The knowledge base's other words WordNet relates a word it uses to (`Vocabulary.alternativesOf`). */
export type RelatedWords = (word: string) => readonly string[];

/**
 * A fact's answer and keywords feed several of its fields, and its questions both the vocabulary and the
 * paraphrase topics: pass a reader that remembers (`readingOnce`), which training can share.
 */
export function indexFacts(knowledge: KnowledgeBase, read: Normalize, relatedTo: RelatedWords = () => []): FactMatcher {
  const stems = (texts: readonly string[]) => stemsOf(read, texts);
  // Stems of every entity's aliases and of the nouns for its kind ("the town" for Livorno, "the group" for
  // the UAAR): facts are indexed under them, and quantity questions set them aside. Not a country's: a
  // country answers "which government?", but "the UK government report" is not every fact naming Britain,
  // and "nationality" stems to "nation".
  const nounsOf = (entity: LexiconEntity) => (entity.category === undefined || entity.category === 'country' ? [] : nounsFor(entity.category));
  const entityStems = new Map(knowledge.lexicon.entities.map((entity) => [entity.id, stems([...entity.aliases, ...nounsOf(entity)])]));
  const entityStemsOf = (ids: readonly string[]) => ids.flatMap((id) => entityStems.get(id) ?? []);
  const byIntent = new Map<string, IndexedFact[]>();
  for (const fact of knowledge.facts) {
    byIntent.set(fact.intent, [...(byIntent.get(fact.intent) ?? []), indexFact(fact, knowledge, read, entityStemsOf(fact.entities))]);
  }
  // One small index per intent: a question is matched only against the facts of its likeliest intents.
  const fuzzy = fuzzyTokenSearch(new Map([...byIntent].map(([intent, facts]) => [intent, facts.map((entry) => entry.document)])), SEARCH_OPTIONS);
  const vocabularies = new Map([...byIntent.values()].flat().map((entry) => [entry.fact.id, entry.vocabulary]));
  const stated = new Set([...vocabularies.values()].flatMap((vocabulary) => [...vocabulary]));
  const weightOf = termWeights(vocabularies, LENIENT_WEIGHT);
  const strictWeightOf = termWeights(vocabularies, STRICT_WEIGHT);

  return {
    stated,
    vocabularyOf: (factId) => vocabularies.get(factId) ?? new Set(),
    match(question, intents) {
      const { topicTerms } = question;
      const asked = new Set(topicTerms);
      // A word the knowledge base knows but no fact states ("code", only in a synonym phrase) is covered by the words WordNet relates it to.
      const reading: TermReading = {
        focus: new Set(question.focusTerms),
        related: new Set(question.relatedTerms),
        alternatives: relatedStems(topicTerms.filter((term) => !stated.has(term)), question.words, relatedTo),
      };
      // The answer must say what is asked in words it holds: no relation stands in for one there.
      const answerReading: TermReading = { ...reading, alternatives: NO_ALTERNATIVES };
      // "About 62 billion dollars": a fact stating 62.3 billion holds the figure asked, though not its digits.
      const approximate = question.numbers.filter((number) => number.approximate === true);
      const heldBy = (entry: IndexedFact) =>
        approximate.length === 0 ? entry.vocabulary : new Set([...entry.vocabulary, ...approximate.filter((number) => statesQuotedFigure(entry.fact, [number])).map((number) => String(number.value))]);
      const answerWeight = question.answerType === 'time' ? strictWeightOf : weightOf;
      const named = OF_SOMETHING.has(question.answerType) ? entityStemsOf(question.entities) : [];
      const matches: FactMatch[] = [];
      const scores = fuzzy.search(intents, question.searchTerms);
      for (const intent of intents) {
        for (const entry of byIntent.get(intent) ?? []) {
          const fuseScore = scores.get(entry.fact.id);
          const coverage = weightedShare(topicTerms, heldBy(entry), weightOf, reading);
          // A fact neither fuzzy search nor coverage finds anything of could never answer, nor be near.
          if (fuseScore === undefined && coverage === 0) continue;
          const share = (terms: readonly string[]) => weightedShare(terms, answerVocabularyOf(entry, question.answerType), answerWeight, answerReading);
          matches.push({
            factId: entry.fact.id,
            fuseScore: fuseScore ?? 1,
            coverage,
            answerCoverage: answerCoverage(question, named, entry.measured, share),
            uncoveredTerms: topicTerms.filter((term) => !entry.vocabulary.has(term)),
            unnamedTerms: question.identifies.filter((term) => entry.unnamed.has(term)),
            sameTopic: closestOverlap(asked, entry.paraphraseTopics),
          });
        }
      }
      return matches.sort((a, b) => a.fuseScore - b.fuseScore || b.coverage - a.coverage);
    },
  };
}

/**
 * How much of what is asked the fact's answer says, by `share` of the terms asked. A figure or a date
 * must be of what is asked; whom it is about is the entity check's business: "How much did Ericsson
 * sell?" is not answered by a sentence that names Ericsson but gives no sales of its own, nor "When did
 * Ren Zhengfei found Huawei?" by the date he spoke. So the `named` entities' stems are set aside, unless
 * the fact's figures count them (`measured`: "How many Canadians?"). When nothing else is asked, a
 * figure of them is no fact's ("How long has Guo been deputy chairman?"), but a date is of what they
 * did ("When did the NCSC say that?").
 */
function answerCoverage(question: NormalizedQuestion, named: readonly string[], measured: ReadonlySet<string>, share: (terms: readonly string[]) => number): number {
  const { topicTerms } = question;
  const asked = named.length === 0 ? topicTerms : topicTerms.filter((term) => !named.includes(term) || measured.has(term));
  if (asked.length > 0 || topicTerms.length === 0) return share(asked);
  return MEASURES.has(question.answerType) ? 0 : share(topicTerms);
}

/** Per term, the stems of the words WordNet relates the question's words of that term to. */
function relatedStems(terms: readonly string[], words: readonly string[], relatedTo: RelatedWords): ReadonlyMap<string, readonly string[]> {
  const alternatives = new Map<string, readonly string[]>();
  for (const term of terms) {
    const related = new Set(words.filter((word) => stem(word) === term).flatMap(relatedTo).map(stem));
    related.delete(term);
    if (related.size > 0) alternatives.set(term, [...related]);
  }
  return alternatives;
}

/** The largest Jaccard overlap of the asked terms with one of the topics (0 with none). */
function closestOverlap(asked: ReadonlySet<string>, topics: ReadonlyArray<ReadonlySet<string>>): number {
  let closest = 0;
  for (const topic of topics) {
    let shared = 0;
    for (const term of asked) if (topic.has(term)) shared += 1;
    const union = asked.size + topic.size - shared;
    if (union > 0) closest = Math.max(closest, shared / union);
  }
  return closest;
}

function answerVocabularyOf(entry: IndexedFact, type: AnswerType): ReadonlySet<string> {
  return entry.answerVocabularies.get(type) ?? entry.answerVocabularies.get('any') ?? NOTHING;
}

const NOTHING: ReadonlySet<string> = new Set();
const NO_ALTERNATIVES: ReadonlyMap<string, readonly string[]> = new Map();

/** Kinds of answer that are a figure of something. */
const MEASURES: ReadonlySet<AnswerType> = new Set(['quantity', 'duration', 'age']);
/** Kinds of answer that are a figure or a date of something, not of whoever the question names. */
const OF_SOMETHING: ReadonlySet<AnswerType> = new Set([...MEASURES, 'time']);

/** `entityStems`: its entities' alias stems; a fact about Guo Ping is about "the deputy chairman" and "Mr Guo" too, whichever its sentences say. */
function indexFact(fact: Fact, knowledge: KnowledgeBase, read: Normalize, entityStems: readonly string[]): IndexedFact {
  const stems = (texts: readonly string[]) => stemsOf(read, texts);
  const questionStems = new Set(stems(fact.questions));
  const keywordStems = new Set(stems([fact.answer, ...fact.keywords]));
  const types = [...Object.keys(fact.aspects ?? {}), 'quantity', 'any'] as AnswerType[];
  return {
    fact,
    vocabulary: new Set([...questionStems, ...stems(contentTexts(fact, knowledge)), ...entityStems]),
    answerVocabularies: new Map(types.map((type) => [type, new Set([...stems(answerTexts(fact, type)), ...entityStems])])),
    measured: new Set(stems(fact.numbers.map((number) => number.measures))),
    unnamed: new Set(stems(fact.unnamed)),
    paraphraseTopics: fact.questions.map((text) => new Set(read(text).topicTerms)),
    document: { id: fact.id, fields: [[...questionStems].join(' '), [...keywordStems].join(' ')] },
  };
}

function stemsOf(read: Normalize, texts: readonly string[]): string[] {
  return texts.flatMap((text) => read(text).terms);
}

/**
 * What the fact's answer to this kind of question is about. A figure answers
 * for what it measures only: "two Canadians" says nothing about how much
 * canola, though the same sentence mentions canola.
 */
function answerTexts(fact: Fact, type: AnswerType): string[] {
  const aspect = fact.aspects?.[type]?.answer;
  const measures = fact.numbers.map((number) => number.measures);
  if (type === 'quantity' && (aspect !== undefined || measures.length > 0)) return [aspect ?? fact.answer, ...measures];
  return [...(aspect === undefined ? [] : [aspect]), fact.answer, ...fact.keywords, ...measures];
}

/**
 * What a fact states. An aspect that quotes another sentence ("Why?" after the
 * sales growth cites what drove it) stays out: that belongs to the fact that
 * states it, and would otherwise make this fact match questions about it.
 */
function contentTexts(fact: Fact, { sentenceById }: KnowledgeBase): string[] {
  const ownAspects = Object.values(fact.aspects ?? {}).filter((aspect) => aspect.citations.every((id) => fact.citations.includes(id)));
  return [
    fact.answer,
    ...fact.keywords,
    ...ownAspects.map((aspect) => aspect.answer),
    ...fact.citations.map((id) => sentenceById.get(id)?.text ?? ''),
  ];
}

/**
 * How much a term counts towards coverage. Rare terms weigh more. A thing no
 * fact knows weighs most of all: a question about "employees" is about
 * something the article never mentions. A verb or adjective the fact lacks
 * ("published", "put", "optimistic") weighs little: it rephrases rather than
 * changes the subject.
 */
function termWeights(vocabularies: ReadonlyMap<string, ReadonlySet<string>>, lightWeight: number): TermWeight {
  const documentFrequency = new Map<string, number>();
  for (const terms of vocabularies.values()) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = vocabularies.size;
  const unknownThingWeight = 2 * Math.log(1 + total);
  return (term, isFocus, covered) => {
    const frequency = documentFrequency.get(term);
    if (frequency === undefined) return isFocus ? unknownThingWeight : lightWeight;
    const idf = Math.log(1 + total / frequency);
    return covered || isFocus || lightWeight >= 1 ? idf : Math.min(idf, lightWeight);
  };
}

/**
 * What a missing verb or adjective weighs: little, as it usually rephrases,
 * except in a "when" question, where the verb is the event asked about ("When
 * will the CFO be released?" is not answered by when she was arrested).
 */
const LENIENT_WEIGHT = 0.3;
const STRICT_WEIGHT = 1;

type TermWeight = (term: string, isFocus: boolean, covered: boolean) => number;

/**
 * What a term read through WordNet counts when covered: the reader's own word was another, so the
 * match is less certain than for a word the reader typed or a curated synonym.
 */
const RELATED_CREDIT = 0.75;

/** How the question's terms were read, as far as covering them goes. */
interface TermReading {
  /** Terms that name the thing asked about, which weigh more. */
  readonly focus: ReadonlySet<string>;
  /** Terms WordNet read in for a reader's word the knowledge base does not use (`NormalizedQuestion.relatedTerms`). */
  readonly related: ReadonlySet<string>;
  /** Per term no fact states, the stems of the words WordNet relates it to. */
  readonly alternatives: ReadonlyMap<string, readonly string[]>;
}

/** Weighted share of `terms` that `held` holds; 1 when there is nothing to cover. */
function weightedShare(terms: readonly string[], held: ReadonlySet<string>, weightOf: TermWeight, { focus, related, alternatives }: TermReading): number {
  let covered = 0;
  let total = 0;
  for (const term of terms) {
    const isCovered = held.has(term);
    // A word no fact states, held by way of a word WordNet relates it to ("code" by "software").
    const byRelation = !isCovered && (alternatives.get(term) ?? []).some((alternative) => held.has(alternative));
    // A word WordNet read in for the reader's own is a guess at what they meant ("check" → "arrest"):
    // when no fact holds it, it says as little as a missing verb.
    const guessed = related.has(term) && !isCovered && !byRelation;
    const weight = guessed ? Math.min(LENIENT_WEIGHT, weightOf(term, false, false)) : weightOf(term, focus.has(term), isCovered || byRelation);
    total += weight;
    if (isCovered || byRelation) covered += related.has(term) || byRelation ? weight * RELATED_CREDIT : weight;
  }
  return total === 0 ? 1 : covered / total;
}
