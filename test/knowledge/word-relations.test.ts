import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordRelationsSchema } from '../../src/knowledge/schemas.js';
import { vocabularyHash } from '../../src/language/en/word-relations.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary, relationVocabulary } from '../../src/pipeline/vocabulary.js';
import { realBot } from '../support/real-bot.js';

const knowledge = realBot().engine.knowledge;
const file = wordRelationsSchema.parse(JSON.parse(readFileSync(new URL('../../knowledge/word-relations.json', import.meta.url), 'utf8')));

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

  it('reads a question word through its relation, and says so', () => {
    const [reader, relations] = Object.entries(file.relations).find(([, relations]) => relations[0]?.[1] === 'synonym') ?? [];
    expect(reader).toBeDefined();
    const read = createNormalizer(buildVocabulary(knowledge))(`what about ${reader}`);
    expect(read.words).toContain(relations?.[0]?.[0]);
    expect(read.relatedTerms.length).toBe(1);
  });
});
