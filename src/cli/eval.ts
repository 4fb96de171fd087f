/**
 * `npm run eval`: measures intent recognition, end-to-end answers,
 * calibration and reachability; prints a summary, writes
 * reports/eval.json and reports/eval.html, and exits 1 when an accuracy gate
 * is missed (2 when the data cannot be loaded), so CI can run it.
 *
 *   npm run eval -- [--folds 5] [--seed 42] [--precision-target 0.95]
 *                   [--questions test/eval] [--out reports] [--no-calibrate]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { loadEvalSet } from '../evaluation/eval-set.js';
import { renderHtmlReport } from '../evaluation/report-html.js';
import { renderJsonReport, writeTextFile } from '../evaluation/report-json.js';
import { renderTerminalReport } from '../evaluation/report-terminal.js';
import { DEFAULT_EVAL_OPTIONS, runEvaluation } from '../evaluation/run-eval.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { parseCommandLine, runCli } from './run-cli.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const USAGE =
  'Usage: article-bot eval [--folds 5] [--seed 42] [--precision-target 0.95] [--questions test/eval] [--out reports] [--no-calibrate]';

runCli(async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      folds: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.folds) },
      seed: { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.seed) },
      'precision-target': { type: 'string', default: String(DEFAULT_EVAL_OPTIONS.precisionTarget) },
      questions: { type: 'string', default: join(projectRoot, 'test/eval') },
      out: { type: 'string', default: join(projectRoot, 'reports') },
      'no-calibrate': { type: 'boolean', default: false },
    },
  });
  const folds = wholeNumber('--folds', values.folds, 2);
  const seed = wholeNumber('--seed', values.seed, 0);
  const precisionTarget = share('--precision-target', values['precision-target']);

  const knowledge = loadKnowledge(loadConfig());
  const set = loadEvalSet(values.questions);
  const report = await runEvaluation(knowledge, set, { ...DEFAULT_EVAL_OPTIONS, folds, seed, precisionTarget, calibrate: !values['no-calibrate'] });

  writeTextFile(join(values.out, 'eval.json'), renderJsonReport(report));
  writeTextFile(join(values.out, 'eval.html'), renderHtmlReport(report));
  console.log(renderTerminalReport(report));
  console.log(`\nReports: ${join(values.out, 'eval.json')}, ${join(values.out, 'eval.html')}`);
  return report.passed ? 0 : 1;
});

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
