/**
 * `npm run segment [-- --article slug]`: regenerates each article's
 * `knowledge/<slug>/sentences.json` from its `article.txt` (only the named
 * article's with --article). Run it after changing an article; facts cite the
 * ids it assigns, so review `git diff` for shifted ids.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { findArticles } from '../knowledge/load-articles.js';
import { segmentSentences } from '../knowledge/segment-sentences.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const { values } = parseArgs({ options: { article: { type: 'string' } } });
  // Only the layout is checked: the files are being regenerated because they may not validate.
  const found = findArticles(loadConfig());
  const chosen = values.article === undefined ? found : found.filter((article) => article.slug === values.article);
  if (chosen.length === 0) throw new UsageError(`--article ${values.article}: there is no such article; use one of ${found.map((a) => a.slug).join(', ')}.`);
  for (const { knowledgeDir } of chosen) {
    const sentences = segmentSentences(readFileSync(join(knowledgeDir, 'article.txt'), 'utf8'));
    writeFileSync(join(knowledgeDir, 'sentences.json'), `${JSON.stringify({ sentences }, null, 2)}\n`);
    console.log(`Wrote ${sentences.length} sentences to ${join(knowledgeDir, 'sentences.json')}`);
  }
});
