/**
 * `npm run bench [-- --quick] [-- --rounds N] [-- --seconds N] [-- --out path]`:
 * measures the engine, HTTP throughput against bare Express baselines, where
 * a request's CPU goes, start-up, memory under use and growth with the
 * knowledge base; prints tables and writes `reports/bench.json`. `--rounds`
 * and `--seconds` shorten (or lengthen) the HTTP section of either mode.
 * Targets that are missed are reported, not failed: timings vary by machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from './format-report.js';
import { FULL, QUICK } from './options.js';
import { DEFAULT_REPORT } from './paths.js';
import { writeReport } from './report.js';
import { runBench } from './run-bench.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: DEFAULT_REPORT },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
  },
});

/** A whole number ≥ 1 from a command-line option, or the mode's own value. */
function count(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${option} must be a whole number of 1 or more, not "${text}".`);
    process.exit(2);
  }
  return value;
}

const mode = values.quick ? QUICK : FULL;
const settings = {
  ...mode,
  http: { ...mode.http, rounds: count('rounds', values.rounds, mode.http.rounds), durationSeconds: count('seconds', values.seconds, mode.http.durationSeconds) },
};
const outPath = resolve(values.out);
const workDir = mkdtempSync(join(tmpdir(), 'huawei-bot-bench-'));
try {
  const report = await runBench(settings, workDir, (line) => console.error(`bench: ${line}`));
  writeReport(outPath, report);
  console.log(`\n${formatReport(report)}\n\nReport written to ${outPath}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
