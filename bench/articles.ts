/**
 * `npx tsx bench/articles.ts [-- --runs 3]`: start-up time and memory of the
 * compiled server per added article, the same measurement as the section of
 * `npm run bench` (see measure-articles.ts), on its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureArticles } from './measure-articles.js';
import { PROJECT_ROOT } from './paths.js';
import { textTable } from './text-table.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npx tsx bench/articles.ts [--runs 3]  (a whole number of at least 1)');
  process.exit(2);
}

execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const workDir = mkdtempSync(join(tmpdir(), 'articles-bench-'));
try {
  const result = await measureArticles(runs, workDir);
  console.log(
    textTable(
      ['articles', 'healthy ms', 'first answer ms', 'CPU ms', 'RSS MB'],
      result.runs.map((r) => [r.slugs.join(', '), r.healthyMs, r.firstAnswerMs, r.cpuMs, r.rssMb]),
    ),
  );
  const { perArticle } = result;
  console.log(`\nPer added article: +${perArticle.healthyMs.toFixed(0)} ms to healthy, +${perArticle.cpuMs.toFixed(0)} ms of CPU, +${perArticle.rssMb.toFixed(1)} MB resident.`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
