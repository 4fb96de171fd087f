/**
 * `npx tsx bench/articles.ts [-- --counts 1,2,4] [-- --runs 3]`: start-up time
 * and memory of the compiled server per added article (see measure-articles.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureArticles } from './measure-articles.js';
import { PROJECT_ROOT } from './paths.js';
import { textTable } from './text-table.js';

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1,2,4' }, runs: { type: 'string', default: '3' } } });
const counts = values.counts.split(',').map(Number);
const runs = Number(values.runs);
if (!counts.every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npx tsx bench/articles.ts [--counts 1,2,4] [--runs 3]  (whole numbers of at least 1)');
  process.exit(2);
}

execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const workDir = mkdtempSync(join(tmpdir(), 'articles-bench-'));
try {
  const result = await measureArticles(counts, runs, 'How much profit did Huawei make?', workDir);
  console.log(textTable(['articles', 'listening ms', 'first answer ms', 'RSS MB'], result.runs.map((r) => [r.articles, r.listeningMs, r.firstAnswerMs, r.rssMb])));
  console.log(`\nPer added article: +${result.perArticle.listeningMs.toFixed(0)} ms to listening, +${result.perArticle.rssMb.toFixed(1)} MB resident.`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
