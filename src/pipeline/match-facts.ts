/**
 * Stage 3: fuzzy-matches a question against the facts of its likeliest
 * intents. The only module that imports `fuse.js`.
 *
 * Fuse ranks (token search: each question term is fuzzy-matched, weighted by
 * how rare it is); `coverage` is the exact, IDF-weighted share of the
 * question's topic terms that a fact's vocabulary contains, which the decide
 * stage uses to refuse questions about things the fact does not state.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import type { Normalize } from './normalize.js';
import type { AnswerType, FactMatch, NormalizedQuestion } from './types.js';

export interface FactMatcher {
  /** Candidate facts of the given intents, best first. */
  match(question: NormalizedQuestion, intents: readonly string[]): FactMatch[];
  /** The stems a fact's vocabulary holds (for explain views and validation). */
  vocabularyOf(factId: string): ReadonlySet<string>;
}

interface FactDocument {
  readonly id: string;
  /** Stems of the fact's paraphrased questions. */
  readonly questions: string;
  /** Stems of its keywords and answer (its sentences count towards coverage, but would make fuzzy search slow). */
  readonly keywords: string;
}

const FUSE_OPTIONS: IFuseOptions<FactDocument> = {
  keys: [
    { name: 'questions', weight: 2 },
    { name: 'keywords', weight: 1 },
  ],
  useTokenSearch: true,
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  // Bitap tolerance per term: lets "engin" reach "engineer" stems, not "sale" reach "scale".
  threshold: 0.3,
};

export function indexFacts(knowledge: KnowledgeBase, normalize: Normalize): FactMatcher {
  const aliasesOf = (id: string) => knowledge.lexicon.entities.find((entity) => entity.id === id)?.aliases ?? [];
  const vocabularies = new Map<string, ReadonlySet<string>>();
  const answerVocabularies = new Map<string, ReadonlySet<string>>();
  const documentsByIntent = new Map<string, FactDocument[]>();
  for (const fact of knowledge.facts) {
    const questionStems = new Set(fact.questions.flatMap((text) => normalize(text).terms));
    const contentStems = new Set(contentTexts(fact, knowledge).flatMap((text) => normalize(text).terms));
    // A fact about Guo Ping is about "the deputy chairman" and "Mr Guo" too, whichever its sentences say.
    for (const entity of fact.entities) for (const alias of aliasesOf(entity)) for (const term of normalize(alias).terms) contentStems.add(term);
    vocabularies.set(fact.id, new Set([...questionStems, ...contentStems]));
    const entityStems = fact.entities.flatMap((entity) => aliasesOf(entity).flatMap((alias) => normalize(alias).terms));
    for (const type of [...Object.keys(fact.aspects ?? {}), 'quantity', 'any'] as AnswerType[]) {
      const texts = answerTexts(fact, type);
      answerVocabularies.set(`${fact.id} ${type}`, new Set([...texts.flatMap((text) => normalize(text).terms), ...entityStems]));
    }
    const documents = documentsByIntent.get(fact.intent) ?? [];
    const keywordStems = new Set([fact.answer, ...fact.keywords].flatMap((text) => normalize(text).terms));
    documents.push({ id: fact.id, questions: [...questionStems].join(' '), keywords: [...keywordStems].join(' ') });
    documentsByIntent.set(fact.intent, documents);
  }
  const fuseByIntent = new Map([...documentsByIntent].map(([intent, documents]) => [intent, new Fuse(documents, FUSE_OPTIONS)]));
  const weightOf = termWeights(vocabularies, LENIENT_WEIGHT);
  const strictWeightOf = termWeights(vocabularies, STRICT_WEIGHT);

  return {
    vocabularyOf: (factId) => vocabularies.get(factId) ?? new Set(),
    match(question, intents) {
      const { topicTerms } = question;
      const focus = new Set(question.focusTerms);
      const matches: FactMatch[] = [];
      for (const intent of intents) {
        const fuse = fuseByIntent.get(intent);
        if (fuse === undefined) continue;
        const query = (topicTerms.length > 0 ? topicTerms : question.terms).join(' ');
        const scores = new Map(fuse.search(query).map((result) => [result.item.id, result.score ?? 1]));
        for (const document of documentsByIntent.get(intent) ?? []) {
          const factVocabulary = vocabularies.get(document.id) ?? new Set<string>();
          const uncoveredTerms = topicTerms.filter((term) => !factVocabulary.has(term));
          const answerVocabulary =
            answerVocabularies.get(`${document.id} ${question.answerType}`) ?? answerVocabularies.get(`${document.id} any`) ?? new Set<string>();
          matches.push({
            factId: document.id,
            fuseScore: scores.get(document.id) ?? 1,
            coverage: weightedShare(topicTerms, (term) => factVocabulary.has(term), focus, weightOf),
            answerCoverage: weightedShare(topicTerms, (term) => answerVocabulary.has(term), focus, question.answerType === 'time' ? strictWeightOf : weightOf),
            uncoveredTerms,
          });
        }
      }
      return matches.sort((a, b) => a.fuseScore - b.fuseScore || b.coverage - a.coverage);
    },
  };
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

/** Weighted share of `terms` that `has` covers; 1 when there is nothing to cover. */
function weightedShare(terms: readonly string[], has: (term: string) => boolean, focus: ReadonlySet<string>, weightOf: TermWeight): number {
  let covered = 0;
  let total = 0;
  for (const term of terms) {
    const isCovered = has(term);
    const weight = weightOf(term, focus.has(term), isCovered);
    total += weight;
    if (isCovered) covered += weight;
  }
  return total === 0 ? 1 : covered / total;
}
