import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordRelationsSchema } from '../../src/knowledge/schemas.js';
import { vocabularyHash } from '../../src/language/en/word-relations.js';
import { stem } from '../../src/nlp/natural.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary, relationVocabulary } from '../../src/pipeline/vocabulary.js';
import { realBot } from '../support/real-bot.js';

const knowledge = realBot().engine.knowledge;
const file = wordRelationsSchema.parse(JSON.parse(readFileSync(new URL('../../knowledge/huawei/word-relations.json', import.meta.url), 'utf8')));

describe('the WordNet relations file', () => {
  it('was derived for the knowledge base as it is now (else run `npm run wordnet`)', () => {
    expect(file.vocabulary).toBe(vocabularyHash(relationVocabulary(knowledge)));
  });

  it('relates only words the knowledge base does not use, to words it does', () => {
    const vocabulary = buildVocabulary(knowledge);
    const canonical = new Set(relationVocabulary(knowledge));
    for (const [reader, relations] of Object.entries(file.relations).slice(0, 500)) {
      expect(vocabulary.knows(reader), reader).toBe(false);
      for (const [word] of relations) expect(canonical.has(word), word).toBe(true);
    }
  });

  it('reads a thing the knowledge base never names as the word WordNet relates it to, and says so', () => {
    const vocabulary = buildVocabulary(knowledge);
    const [reader, relations] =
      Object.entries(file.relations).find(([word, relations]) => relations[0]?.[1] === 'synonym' && vocabulary.english.namesAThing(word)) ?? [];
    expect(reader).toBeDefined();
    const read = createNormalizer(vocabulary)(`what about the ${reader}`);
    // The reader's word stays in the question; its term is the knowledge base's.
    expect(read.words).toContain(reader);
    expect(read.relatedTerms).toEqual([stem(relations?.[0]?.[0] ?? '')]);
    expect(read.terms).toContain(read.relatedTerms[0]);
  });
});
