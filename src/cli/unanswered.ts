/**
 * `npm run unanswered`: reads the unanswered-questions log under DATA_DIR,
 * groups similar questions and prints, per group, how often it was asked,
 * examples, the nearest fact and what to do about it.
 *
 *   npm run unanswered -- [--article slug] [--json] [--min-similarity 0.5] [--limit 30]
 *
 * Each article has its own log (DATA_DIR/<slug>/); without --article, the default article's.
 */
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { DEFAULT_GROUPING, describeSuggestion, groupUnanswered, type UnansweredGroup } from '../evaluation/group-unanswered.js';
import { createUnansweredLog } from '../evaluation/unanswered-log.js';
import { chooseArticle, loadArticles } from '../knowledge/load-articles.js';
import { displayPath } from '../knowledge/load-knowledge.js';
import { createNormalizer } from '../pipeline/normalize.js';
import { buildVocabulary } from '../pipeline/vocabulary.js';
import { parseCommandLine, runCli } from './run-cli.js';

const USAGE = 'Usage: article-bot unanswered [--article slug] [--json] [--min-similarity 0.5] [--limit 30]';

runCli(async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      json: { type: 'boolean', default: false },
      'min-similarity': { type: 'string', default: String(DEFAULT_GROUPING.minSimilarity) },
      limit: { type: 'string', default: '30' },
      article: { type: 'string' },
    },
  });
  const minSimilarity = Number(values['min-similarity']);
  if (!(minSimilarity > 0 && minSimilarity <= 1)) throw new UsageError(`--min-similarity "${values['min-similarity']}" is not valid: use a number above 0 and at most 1.`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit "${values.limit}" is not valid: use a whole number of at least 1.`);

  const config = loadConfig();
  const articles = loadArticles(config);
  const article = chooseArticle(articles, values.article, config.defaultArticle);
  if (article === undefined) throw new UsageError(`--article "${values.article}" is not valid: use one of ${articles.map((a) => a.slug).join(', ')}.`);
  const { knowledge } = article;
  const log = createUnansweredLog({ dataDir: join(config.dataDir, article.slug) });
  const records = await log.readAll();
  const groups = groupUnanswered(records, createNormalizer(buildVocabulary(knowledge)), { ...DEFAULT_GROUPING, minSimilarity });

  const answerOf = (factId: string) => knowledge.factById.get(factId)?.answer ?? '';
  const factsFile = displayPath(join(article.location.knowledgeDir, 'facts.json'));
  if (values.json) {
    const described = groups.map((group) => ({ ...group, advice: describeSuggestion(group.suggestion, answerOf, factsFile) }));
    console.log(JSON.stringify({ records: records.length, groups: described }, null, 2));
    return;
  }
  if (records.length === 0) {
    console.log(`No unanswered questions recorded in ${log.path}.`);
    return;
  }
  console.log(`${records.length} unanswered question${records.length === 1 ? '' : 's'} in ${groups.length} group${groups.length === 1 ? '' : 's'} (${log.path}):\n`);
  for (const group of groups.slice(0, limit)) console.log(describeGroup(group, answerOf, factsFile));
  if (groups.length > limit) console.log(`… ${groups.length - limit} smaller groups not shown (--limit).`);
});

function describeGroup(group: UnansweredGroup, answerOf: (factId: string) => string, factsFile: string): string {
  const nearest = group.nearestFact === undefined ? 'none' : `${group.nearestFact.factId} (score ${group.nearestFact.score.toFixed(2)}, coverage ${group.nearestFact.coverage.toFixed(2)})`;
  return [
    `${group.count}× ${group.examples.map((example) => `"${example}"`).join(', ')}`,
    `   nearest fact: ${nearest}`,
    `   suggestion:   ${describeSuggestion(group.suggestion, answerOf, factsFile)}`,
    `   last asked:   ${group.lastSeen}`,
    '',
  ].join('\n');
}
