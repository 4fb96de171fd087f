/**
 * `npm run eval`: measures intent recognition, end-to-end answers,
 * calibration and reachability; prints a summary, writes
 * reports/eval.json and reports/eval.html, and exits 1 when an accuracy gate
 * is missed (2 when the data cannot be loaded), so CI can run it.
 *
 *   npm run eval -- [--folds 5] [--seed 42] [--precision-target 0.95]
 *                   [--questions test/eval/huawei] [--out reports] [--no-calibrate]
 *   npm run eval -- --first-sight test/eval/huawei/first-sight/<batch>.json
 *
 * `--first-sight` scores one new batch of unseen questions, records that
 * score for good in the batch folder's records.json, and prints it.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ConfigError, DataError } from '../errors.js';
import { FIRST_SIGHT_FOLDER, loadEvalSet, loadEvalSuite, type FirstSightBatch } from '../evaluation/eval-set.js';
import { appendFirstSightRecord, assertUnrecorded, readFirstSightRecords, recordsFileOf } from '../evaluation/first-sight.js';
import { sourceCommit } from '../evaluation/source-commit.js';
import { renderHtmlReport } from '../evaluation/report-html.js';
import { renderJsonReport, writeTextFile } from '../evaluation/report-json.js';
import { pct, renderTerminalReport } from '../evaluation/report-terminal.js';
import { DEFAULT_EVAL_OPTIONS, runEvaluation, scoreBatch } from '../evaluation/run-eval.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.folds) },
      seed: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.seed) },
      'precision-target': { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.precisionTarget) },
      questions: { type: 'string', default: join(projectRoot, 'test/eval/huawei') },
      'first-sight': { type: 'string' },
      out: { type: 'string', default: join(projectRoot, 'reports') },
      'no-calibrate': { type: 'boolean', default: false },
    },
  });
  const folds = wholeNumber('--folds', values.folds, 2);
  const seed = wholeNumber('--seed', values.seed, 0);
  const precisionTarget = share('--precision-target', values['precision-target']);

  const knowledge = loadKnowledge(loadConfig());
  if (values['first-sight'] !== undefined) return recordFirstSight(knowledge, values['first-sight']);
  const suite = loadEvalSuite(values.questions);
  const records = suite.firstSight[0] === undefined ? {} : readFirstSightRecords(recordsFileOf(suite.firstSight[0]));
  const options = { ...DEFAULT_EVAL_OPTIONS, folds, seed, precisionTarget, calibrate: !values['no-calibrate'] };
  const report = await runEvaluation(knowledge, suite, options, records);

  writeTextFile(join(values.out, 'eval.json'), renderJsonReport(report));
  writeTextFile(join(values.out, 'eval.html'), renderHtmlReport(report));
  console.log(renderTerminalReport(report));
  console.log(`\nReports: ${join(values.out, 'eval.json')}, ${join(values.out, 'eval.html')}`);
  return report.passed ? 0 : 1;
}

/** Scores a batch once and records it; a second attempt is refused before anything is run. */
async function recordFirstSight(knowledge: ReturnType<typeof loadKnowledge>, file: string): Promise<number> {
  const folder = join(file, '..');
  if (basename(folder) !== FIRST_SIGHT_FOLDER) {
    throw new ConfigError(`--first-sight "${file}" is not in a ${FIRST_SIGHT_FOLDER}/ folder: put the new batch in test/eval/<article>/${FIRST_SIGHT_FOLDER}/.`);
  }
  const batch: FirstSightBatch = { name: basename(file, '.json'), file, set: loadEvalSet(file) };
  const path = recordsFileOf(batch);
  assertUnrecorded(path, batch.name);
  const record = await scoreBatch(knowledge, batch, DEFAULT_EVAL_OPTIONS.thresholds, sourceCommit(projectRoot));
  appendFirstSightRecord(path, batch.name, record);
  console.log(describeRecord(batch, record));
  return 0;
}

function describeRecord(batch: FirstSightBatch, record: Awaited<ReturnType<typeof scoreBatch>>): string {
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
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${flag} "${text}" is not valid: use a whole number of at least ${min}.`);
  return value;
}

function share(flag: string, text: string): number {
  const value = Number(text);
  if (!(value > 0 && value <= 1)) throw new ConfigError(`${flag} "${text}" is not valid: use a number above 0 and at most 1, such as 0.95.`);
  return value;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataError || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  },
);
