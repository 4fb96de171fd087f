/**
 * Stage 3: fuzzy-matches a question against the facts of its likeliest
 * intents. The only module that imports `fuse.js`.
 *
 * Fuse ranks (token search: each question term is fuzzy-matched, weighted by
 * how rare it is); `coverage` is the exact, IDF-weighted share of the
 * question's topic terms that a fact's vocabulary contains, which the decide
 * stage uses to refuse questions about things the fact does not state.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import type { Normalize } from './normalize.js';
import type { FactMatch, NormalizedQuestion } from './types.js';

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

const FUSE_OPTIONS = {
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
} as const;

export function indexFacts(knowledge: KnowledgeBase, normalize: Normalize): FactMatcher {
  const vocabularies = new Map<string, ReadonlySet<string>>();
  const documentsByIntent = new Map<string, FactDocument[]>();
  for (const fact of knowledge.facts) {
    const questionStems = new Set(fact.questions.flatMap((text) => normalize(text).terms));
    const contentStems = new Set(contentTexts(fact, knowledge).flatMap((text) => normalize(text).terms));
    vocabularies.set(fact.id, new Set([...questionStems, ...contentStems]));
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
      const matches: FactMatch[] = [];
      for (const intent of intents) {
        const fuse = fuseByIntent.get(intent);
        if (fuse === undefined) continue;
        const scores = new Map(fuse.search(question.terms.join(' ')).map((result) => [result.item.id, result.score ?? 1]));
        for (const document of documentsByIntent.get(intent) ?? []) {
          const factVocabulary = vocabularies.get(document.id) ?? new Set<string>();
          const uncoveredTerms = topicTerms.filter((term) => !factVocabulary.has(term));
          matches.push({
            factId: document.id,
            fuseScore: scores.get(document.id) ?? 1,
            coverage: weightedShare(topicTerms, uncoveredTerms, weightOf),
            uncoveredTerms,
          });
        }
      }
      return matches.sort((a, b) => a.fuseScore - b.fuseScore || b.coverage - a.coverage);
    },
  };
}

function contentTexts(fact: Fact, { sentenceById }: KnowledgeBase): string[] {
  const cited = [...fact.citations, ...Object.values(fact.aspects ?? {}).flatMap((aspect) => aspect.citations)];
  return [
    fact.answer,
    ...fact.keywords,
    ...Object.values(fact.aspects ?? {}).map((aspect) => aspect.answer),
    ...cited.map((id) => sentenceById.get(id)?.text ?? ''),
  ];
}

/**
 * Rare terms weigh more. A term no fact knows weighs most of all: a question
 * about "employees" is about something the article never mentions.
 */
function inverseDocumentFrequencies(vocabularies: ReadonlyMap<string, ReadonlySet<string>>): (term: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const terms of vocabularies.values()) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = vocabularies.size;
  const unknownWeight = 2 * Math.log(1 + total);
  return (term) => {
    const frequency = documentFrequency.get(term);
    return frequency === undefined ? unknownWeight : Math.log(1 + total / frequency);
  };
}

function weightedShare(terms: readonly string[], uncovered: readonly string[], weightOf: (term: string) => number): number {
  if (terms.length === 0) return 1;
  const total = terms.reduce((sum, term) => sum + weightOf(term), 0);
  const missing = uncovered.reduce((sum, term) => sum + weightOf(term), 0);
  return total === 0 ? 1 : 1 - missing / total;
}
