/**
 * `npm run segment`: regenerates `knowledge/sentences.json` from
 * `knowledge/article.txt`. Run it after changing the article; facts cite the
 * ids it assigns, so review `git diff` for shifted ids.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { segmentSentences } from '../knowledge/segment-sentences.js';

const { knowledgeDir } = loadConfig();
const sentences = segmentSentences(readFileSync(join(knowledgeDir, 'article.txt'), 'utf8'));
writeFileSync(join(knowledgeDir, 'sentences.json'), `${JSON.stringify({ sentences }, null, 2)}\n`);
console.log(`Wrote ${sentences.length} sentences to ${join(knowledgeDir, 'sentences.json')}`);
