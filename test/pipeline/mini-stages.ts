/** The stages built over the small Acme fixture (or another knowledge base), for focused stage tests. */
import { loadKnowledge, type KnowledgeLocation } from '../../src/knowledge/load-knowledge.js';
import { indexFacts } from '../../src/pipeline/match-facts.js';
import { createNormalizer, readingOnce } from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';
import { MINI } from '../evaluation/mini-knowledge.js';

export function stagesOver(location: KnowledgeLocation) {
  const knowledge = loadKnowledge(location);
  const vocabulary = buildVocabulary(knowledge);
  const normalize = createNormalizer(vocabulary);
  const matcher = indexFacts(knowledge, readingOnce(normalize));
  const followUpTools = {
    normalize,
    vocabulary,
    subject: knowledge.lexicon.subject,
    factKnows: (id: string, term: string) => matcher.vocabularyOf(id).has(term),
    speakersOf: (id: string) => knowledge.factById.get(id)?.speakers ?? [],
  };
  return { knowledge, vocabulary, normalize, matcher, followUpTools };
}

export const { knowledge, vocabulary, normalize, matcher, followUpTools } = stagesOver(MINI);
export const ALL_INTENTS = [...new Set(knowledge.facts.map((fact) => fact.intent))];

export function factNamed(id: string) {
  const fact = knowledge.factById.get(id);
  if (fact === undefined) throw new Error(`the fixture has no fact ${id}`);
  return fact;
}
