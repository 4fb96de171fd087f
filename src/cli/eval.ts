/**
 * `npm run eval`: measures intent recognition, end-to-end answers,
 * calibration and reachability for every article (or one, with --article);
 * prints a summary, writes reports/<slug>/eval.json and eval.html, and exits
 * 1 when an article misses an accuracy gate (2 when the data cannot be
 * loaded), so CI can run it. Each article's questions are test/eval/<slug>/.
 *
 *   npm run eval -- [--article slug] [--folds 5] [--seed 42] [--precision-target 0.95]
 *                   [--questions test/eval] [--out reports] [--no-calibrate]
 *   npm run eval -- --first-sight test/eval/<slug>/first-sight/<batch>.json
 *
 * `--first-sight` scores one new batch of unseen questions, records that
 * score for good in the batch folder's records.json, and prints it.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { FIRST_SIGHT_FOLDER, loadEvalSet, loadEvalSuite, type EvalSuite, type FirstSightBatch } from '../evaluation/eval-set.js';
import { appendFirstSightRecord, assertUnrecorded, readFirstSightRecords, recordsFileOf, type FirstSightRecord } from '../evaluation/first-sight.js';
import { renderHtmlReport } from '../evaluation/report-html.js';
import { renderJsonReport, writeTextFile } from '../evaluation/report-json.js';
import { pct, renderTerminalReport } from '../evaluation/report-terminal.js';
import { DEFAULT_EVAL_OPTIONS, runEvaluation, scoreBatch } from '../evaluation/run-eval.js';
import { sourceCommit } from '../evaluation/source-commit.js';
import { chooseArticle, loadArticles, type LoadedArticle } from '../knowledge/load-articles.js';
import { parseCommandLine, runCli } from './run-cli.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const USAGE =
  'Usage: article-bot eval [--article slug] [--folds 5] [--seed 42] [--precision-target 0.95] [--questions test/eval] [--out reports] [--no-calibrate]\n' +
  '       article-bot eval --first-sight test/eval/<slug>/first-sight/<batch>.json';

const NO_QUESTIONS: EvalSuite = { tuning: { single: [], dialogs: [] }, firstSight: [] };

runCli(async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      article: { type: 'string' },
      folds: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.folds) },
      seed: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.seed) },
      'precision-target': { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.precisionTarget) },
      questions: { type: 'string' },
      out: { type: 'string', default: join(projectRoot, 'reports') },
      'no-calibrate': { type: 'boolean', default: false },
      'first-sight': { type: 'string' },
    },
  });
  const folds = wholeNumber('--folds', values.folds, 2);
  const seed = wholeNumber('--seed', values.seed, 0);
  const precisionTarget = share('--precision-target', values['precision-target']);
  const config = loadConfig();
  const articles = loadArticles(config);
  if (values['first-sight'] !== undefined) return recordFirstSight(articles, values['first-sight'], values.article);

  const chosen = values.article === undefined ? articles : [named(articles, values.article)];
  const options = { ...DEFAULT_EVAL_OPTIONS, folds, seed, precisionTarget, calibrate: !values['no-calibrate'] };
  let passed = true;
  for (const article of chosen) {
    // One article's questions may be named directly; several articles each have their folder under the root.
    const suitePath = values.questions !== undefined && chosen.length === 1 ? values.questions : join(values.questions ?? join(projectRoot, 'test/eval'), article.slug);
    const suite = existsSync(suitePath) ? loadEvalSuite(suitePath) : NO_QUESTIONS;
    const records = suite.firstSight[0] === undefined ? {} : readFirstSightRecords(recordsFileOf(suite.firstSight[0]));
    const report = await runEvaluation(article.knowledge, suite, options, records);
    const out = join(values.out, article.slug);
    writeTextFile(join(out, 'eval.json'), renderJsonReport(report));
    writeTextFile(join(out, 'eval.html'), renderHtmlReport(report));
    console.log(`\n══ ${article.slug}: ${article.headline}\n`);
    if (suite === NO_QUESTIONS) console.log(`No evaluation questions in ${suitePath}: only intents and reachability are measured.\n`);
    console.log(renderTerminalReport(report));
    console.log(`\nReports: ${join(out, 'eval.json')}, ${join(out, 'eval.html')}`);
    passed &&= report.passed;
  }
  return passed ? 0 : 1;
});

/** Scores a batch once and records it; a second attempt is refused before anything is run. */
async function recordFirstSight(articles: readonly LoadedArticle[], file: string, slug: string | undefined): Promise<number> {
  const folder = dirname(file);
  if (basename(folder) !== FIRST_SIGHT_FOLDER) {
    throw new UsageError(`--first-sight "${file}" is not in a ${FIRST_SIGHT_FOLDER}/ folder: put the new batch in test/eval/<article>/${FIRST_SIGHT_FOLDER}/.`);
  }
  // test/eval/<slug>/first-sight/<batch>.json names its article, unless --article says otherwise.
  const article = named(articles, slug ?? basename(dirname(folder)));
  const batch: FirstSightBatch = { name: basename(file, '.json'), file, set: loadEvalSet(file) };
  const path = recordsFileOf(batch);
  assertUnrecorded(path, batch.name);
  const record = await scoreBatch(article.knowledge, batch, DEFAULT_EVAL_OPTIONS.thresholds, sourceCommit(projectRoot));
  appendFirstSightRecord(path, batch.name, record);
  console.log(describeRecord(batch, record));
  return 0;
}

function named(articles: readonly LoadedArticle[], slug: string): LoadedArticle {
  const article = chooseArticle(articles, slug, undefined);
  if (article === undefined) throw new UsageError(`--article "${slug}" is not valid: use one of ${articles.map((a) => a.slug).join(', ')}.`);
  return article;
}

function describeRecord(batch: FirstSightBatch, record: FirstSightRecord): string {
  const share = ({ correct, total }: { correct: number; total: number }) => `${total === 0 ? '—' : pct(correct / total)} (${correct}/${total})`;
  return [
    `First sight of ${batch.name} (${record.single} questions, ${record.dialogs} dialogs), scored ${record.scoredOn} at ${record.commit}:`,
    `  in-scope first citation ${share(record.inScope)}`,
    `  out-of-scope refused    ${share(record.outOfScope)}`,
    `  follow-up turns         ${share(record.followUps)}`,
    `  small talk              ${share(record.smalltalk)}`,
    `Recorded in ${recordsFileOf(batch)}.`,
  ].join('\n');
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${flag} "${text}" is not valid: use a whole number of at least ${min}.`);
  return value;
}

function share(flag: string, text: string): number {
  const value = Number(text);
  if (!(value > 0 && value <= 1)) throw new UsageError(`${flag} "${text}" is not valid: use a number above 0 and at most 1, such as 0.95.`);
  return value;
}
