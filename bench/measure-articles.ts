/**
 * Start-up and memory as articles are added: the compiled server started
 * with 1, 2, … copies of the real article (each its own folder and engine),
 * from spawn to the first answer of the last article, with its resident
 * memory then. Copies cost what an article of that size costs; the second
 * real article may be smaller.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_KNOWLEDGE } from './paths.js';
import { postJson } from './post-json.js';
import { readProcessMemory } from './proc-status.js';
import { botCommand, serverEnv, spawnServer } from './spawn-server.js';
import { median } from './stats.js';

export interface ArticlesRun {
  readonly articles: number;
  /** Medians over the runs. */
  readonly listeningMs: number;
  readonly firstAnswerMs: number;
  readonly rssMb: number;
}

export interface ArticlesMeasurement {
  readonly runs: readonly ArticlesRun[];
  /** Least-squares slopes over the counts: what each added article costs. */
  readonly perArticle: { readonly listeningMs: number; readonly rssMb: number };
}

export async function measureArticles(counts: readonly number[], runs: number, question: string, workDir: string): Promise<ArticlesMeasurement> {
  const measured: ArticlesRun[] = [];
  for (const count of counts) {
    const root = writeCopies(count, join(workDir, `articles-${count}`));
    const samples = [];
    for (let run = 0; run < runs; run += 1) samples.push(await startOnce(root, `article-${count}`, question, join(workDir, 'data')));
    rmSync(root.knowledgeDir, { recursive: true, force: true });
    rmSync(root.intentsDir, { recursive: true, force: true });
    measured.push({
      articles: count,
      listeningMs: median(samples.map((s) => s.listeningMs)),
      firstAnswerMs: median(samples.map((s) => s.firstAnswerMs)),
      rssMb: median(samples.map((s) => s.rssMb)),
    });
  }
  return { runs: measured, perArticle: { listeningMs: slope(measured, (r) => r.listeningMs), rssMb: slope(measured, (r) => r.rssMb) } };
}

/** `article-1` … `article-<count>`, each a copy of the real article. */
function writeCopies(count: number, dir: string): { knowledgeDir: string; intentsDir: string } {
  const root = { knowledgeDir: join(dir, 'knowledge'), intentsDir: join(dir, 'intents') };
  for (let n = 1; n <= count; n += 1) {
    mkdirSync(root.knowledgeDir, { recursive: true });
    cpSync(REAL_KNOWLEDGE.knowledgeDir, join(root.knowledgeDir, `article-${n}`), { recursive: true });
    cpSync(REAL_KNOWLEDGE.intentsDir, join(root.intentsDir, `article-${n}`), { recursive: true });
  }
  return root;
}

async function startOnce(root: { knowledgeDir: string; intentsDir: string }, lastSlug: string, question: string, dataDir: string) {
  const spawnedAt = performance.now();
  const env = serverEnv({ DATA_DIR: dataDir, KNOWLEDGE_DIR: root.knowledgeDir, INTENTS_DIR: root.intentsDir });
  const server = await spawnServer(botCommand(), env, spawnedAt);
  try {
    const response = await postJson(`${server.url}/api/articles/${lastSlug}/ask`, { question });
    const firstAnswerMs = performance.now() - spawnedAt;
    if (response.status !== 200) throw new Error(`bench: the first answer of ${lastSlug} was ${response.status}: ${response.body}`);
    return { listeningMs: server.listeningMs, firstAnswerMs, rssMb: readProcessMemory(server.pid).rssMb };
  } finally {
    await server.stop();
  }
}

function slope(runs: readonly ArticlesRun[], value: (run: ArticlesRun) => number): number {
  const meanX = runs.reduce((sum, run) => sum + run.articles, 0) / runs.length;
  const meanY = runs.reduce((sum, run) => sum + value(run), 0) / runs.length;
  const covariance = runs.reduce((sum, run) => sum + (run.articles - meanX) * (value(run) - meanY), 0);
  const variance = runs.reduce((sum, run) => sum + (run.articles - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}
