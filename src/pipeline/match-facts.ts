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
  /** Stems of its keywords, answer and cited sentences. */
  readonly content: string;
}

const FUSE_OPTIONS: IFuseOptions<FactDocument> = {
  keys: [
    { name: 'questions', weight: 2 },
    { name: 'content', weight: 1 },
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
    for (const type of Object.keys(fact.aspects ?? {}).concat('any')) {
      // An aspect answers with its own words (and the figures' descriptions); the main answer also with the keywords.
      const aspect = fact.aspects?.[type as AnswerType];
      const answer = aspect === undefined ? [fact.answer, ...fact.keywords] : [aspect.answer];
      const texts = [...answer, ...fact.numbers.map((number) => number.measures)];
      answerVocabularies.set(`${fact.id} ${type}`, new Set([...texts.flatMap((text) => normalize(text).terms), ...entityStems]));
    }
    const documents = documentsByIntent.get(fact.intent) ?? [];
    documents.push({ id: fact.id, questions: [...questionStems].join(' '), content: [...contentStems].join(' ') });
    documentsByIntent.set(fact.intent, documents);
  }
  const fuseByIntent = new Map([...documentsByIntent].map(([intent, documents]) => [intent, new Fuse(documents, FUSE_OPTIONS)]));
  const weightOf = inverseDocumentFrequencies(vocabularies);

  return {
    vocabularyOf: (factId) => vocabularies.get(factId) ?? new Set(),
    match(question, intents) {
      const { topicTerms } = question;
      const focus = new Set(question.focusTerms);
      const weight = (term: string) => weightOf(term, focus.has(term));
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
            coverage: weightedShare(topicTerms, uncoveredTerms, weight),
            answerCoverage: weightedShare(question.focusTerms, question.focusTerms.filter((term) => !answerVocabulary.has(term)), weight),
            uncoveredTerms,
          });
        }
      }
      return matches.sort((a, b) => a.fuseScore - b.fuseScore || b.coverage - a.coverage);
    },
  };
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
 * Rare terms weigh more. A thing no fact knows weighs most of all: a question
 * about "employees" is about something the article never mentions. An
 * unknown verb or adjective ("published", "optimistic") weighs little: it
 * rephrases rather than changes the subject.
 */
function inverseDocumentFrequencies(vocabularies: ReadonlyMap<string, ReadonlySet<string>>): (term: string, isFocus: boolean) => number {
  const documentFrequency = new Map<string, number>();
  for (const terms of vocabularies.values()) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = vocabularies.size;
  const unknownThingWeight = 2 * Math.log(1 + total);
  const unknownWordWeight = 0.3;
  return (term, isFocus) => {
    const frequency = documentFrequency.get(term);
    if (frequency === undefined) return isFocus ? unknownThingWeight : unknownWordWeight;
    return Math.log(1 + total / frequency);
  };
}

function weightedShare(terms: readonly string[], uncovered: readonly string[], weightOf: (term: string) => number): number {
  if (terms.length === 0) return 1;
  const total = terms.reduce((sum, term) => sum + weightOf(term), 0);
  const missing = uncovered.reduce((sum, term) => sum + weightOf(term), 0);
  return total === 0 ? 1 : 1 - missing / total;
}
