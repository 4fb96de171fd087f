/**
 * `npx article-bot draft <article.txt> [--slug name] [--out dir]` (or
 * `npm run draft -- …`): drafts a knowledge base for a new article into
 * `<out>/knowledge/<slug>/` and `<out>/intents/<slug>/` (out defaults to the
 * working directory, so the bot serves the draft at its next start), prints
 * the report of what needs a human and writes it beside the draft as
 * `draft-report.md`, with the WordNet relations the engine reads for reader
 * words the article does not use (`word-relations.json`). The draft passes `npm run validate` as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { draftArticle } from '../authoring/draft-article.js';
import { slug as slugOf } from '../authoring/draft-entities.js';
import { writeKnowledge } from '../authoring/write-knowledge.js';
import { writeWordRelations } from '../authoring/write-word-relations.js';
import { UsageError } from '../errors.js';
import { DEFAULT_VALIDATION } from '../evaluation/validate.js';
import { parseCommandLine, runCli } from './run-cli.js';

const USAGE = 'Usage: article-bot draft <article.txt> [--slug name] [--out dir]';

runCli(async () => {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: { slug: { type: 'string' }, out: { type: 'string', default: '.' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  let article: string;
  try {
    article = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot be read (${(error as Error).message}); give the path of a plain-text article.`);
  }
  if (article.trim() === '') throw new UsageError(`${file}: is empty; put the headline on the first line and the article below it.`);
  const slug = slugOf(values.slug ?? basename(file, extname(file)));
  const root = { knowledgeDir: join(values.out, 'knowledge'), intentsDir: join(values.out, 'intents') };
  const location = { knowledgeDir: join(root.knowledgeDir, slug), intentsDir: join(root.intentsDir, slug) };
  const { draft, report } = await draftArticle(article, slug, DEFAULT_VALIDATION);
  writeKnowledge(draft, location);
  writeFileSync(join(location.knowledgeDir, 'draft-report.md'), report);
  // Derived from the files just written, so the relations' vocabulary hash matches the draft.
  const relations = await writeWordRelations(location, 'unreviewed');
  console.log(report);
  console.log(`Related ${relations.related} reader words to the draft's ${relations.words} words in ${relations.path}.`);
  console.log(`Wrote ${draft.facts.length} facts and ${draft.intents.length} intents to ${location.knowledgeDir} and ${location.intentsDir}.`);
  console.log(`Check it: KNOWLEDGE_DIR=${root.knowledgeDir} INTENTS_DIR=${root.intentsDir} npm run validate -- --article ${slug}`);
});
