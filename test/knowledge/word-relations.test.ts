import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { vocabularyHash } from '../../src/language/en/word-relations.js';
import { stem } from '../../src/nlp/natural.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary, relationVocabulary } from '../../src/pipeline/vocabulary.js';

const articles = loadArticles(loadConfig({}));

describe.each(articles.map((article) => [article.slug, article.knowledge] as const))('the WordNet relations file of %s', (slug, knowledge) => {
  const file = knowledge.wordRelations;

  it('exists and was derived for the knowledge base as it is now (else run `npm run wordnet`)', () => {
    expect(file, `knowledge/${slug}/word-relations.json is missing`).toBeDefined();
    expect(file?.vocabulary).toBe(vocabularyHash(relationVocabulary(knowledge)));
  });

  it('relates reader words to words of the knowledge base, never to themselves', () => {
    const canonical = new Set(relationVocabulary(knowledge));
    for (const [reader, relations] of Object.entries(file?.relations ?? {}).slice(0, 500)) {
      for (const [word] of relations) {
        expect(canonical.has(word), word).toBe(true);
        expect(word).not.toBe(reader);
      }
    }
  });

  it('reads a thing the knowledge base never names as the word WordNet relates it to, and says so', () => {
    const vocabulary = buildVocabulary(knowledge);
    const [reader, relations] =
      Object.entries(file?.relations ?? {}).find(([word, relations]) => !word.includes('_') && relations[0]?.[1] === 'synonym' && vocabulary.english.namesAThing(word)) ?? [];
    expect(reader).toBeDefined();
    const read = createNormalizer(vocabulary)(`what about the ${reader}`);
    // The reader's word stays in the question; its term is the knowledge base's.
    expect(read.words).toContain(reader);
    expect(read.relatedTerms).toEqual([stem(relations?.[0]?.[0] ?? '')]);
    expect(read.terms).toContain(read.relatedTerms[0]);
  });

  it('reads a WordNet phrase meaning one of its words as that word', () => {
    const [phrase, relations] = Object.entries(file?.relations ?? {}).find(([reader, relations]) => reader.includes('_') && relations[0]?.[1] === 'synonym') ?? [];
    expect(phrase).toBeDefined();
    const read = createNormalizer(buildVocabulary(knowledge))(`what about ${phrase?.replaceAll('_', ' ') ?? ''}`);
    expect(read.words).toContain(relations?.[0]?.[0]);
  });
});
