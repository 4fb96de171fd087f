/**
 * `npm run draft -- <article.txt> [--slug name] [--out dir]`: drafts a
 * knowledge base for a new article into `<out>/knowledge/<slug>/` and
 * `<out>/intents/<slug>/` (out defaults to the working directory), prints the
 * report of what needs a human and writes it beside the draft as
 * `draft-report.md`. The draft passes `npm run validate` as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle } from '../authoring/draft-article.js';
import { slug as slugOf } from '../authoring/draft-entities.js';
import { writeKnowledge } from '../authoring/write-knowledge.js';
import { DEFAULT_VALIDATION } from '../evaluation/validate.js';

const USAGE = 'usage: npm run draft -- <article.txt> [--slug name] [--out dir]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, out: { type: 'string', default: '.' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let article: string;
  try {
    article = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as Error).message}); give the path of a plain-text article.`);
    return 2;
  }
  if (article.trim() === '') {
    console.error(`${file}: is empty; put the headline on the first line and the article below it.`);
    return 2;
  }
  const slug = slugOf(parsed.values.slug ?? basename(file, extname(file)));
  const location = { knowledgeDir: join(parsed.values.out, 'knowledge', slug), intentsDir: join(parsed.values.out, 'intents', slug) };
  const { draft, english, report } = await draftArticle(article, slug, DEFAULT_VALIDATION);
  writeKnowledge(draft, english, location);
  writeFileSync(join(location.knowledgeDir, 'draft-report.md'), report);
  console.log(report);
  console.log(`Wrote ${draft.facts.length} facts and ${draft.intents.length} intents to ${location.knowledgeDir} and ${location.intentsDir}.`);
  console.log(`Check it: KNOWLEDGE_DIR=${location.knowledgeDir} INTENTS_DIR=${location.intentsDir} npm run validate`);
  return 0;
}

main().then((code) => process.exit(code));
