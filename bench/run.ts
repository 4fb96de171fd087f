/**
 * `npm run bench [-- --quick] [-- --out path]`: measures the engine, HTTP
 * throughput against a bare Express baseline, start-up, memory under use and
 * growth with the knowledge base; prints tables and writes `reports/bench.json`.
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
  },
});

const settings = values.quick ? QUICK : FULL;
const outPath = resolve(values.out);
const workDir = mkdtempSync(join(tmpdir(), 'huawei-bot-bench-'));
try {
  const report = await runBench(settings, workDir, (line) => console.error(`bench: ${line}`));
  writeReport(outPath, report);
  console.log(`\n${formatReport(report)}\n\nReport written to ${outPath}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
