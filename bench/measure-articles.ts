/**
 * Start-up and memory per added article: the compiled server started with the
 * first article of `knowledge/` alone, then with the first two, and so on up
 * to all of them (the real articles, each its own folder and engine), each
 * timed from spawn to a healthy `/healthz` and to the first answer about the
 * last article added, with its resident memory and the CPU it had used then.
 * CPU time is the figure to compare on a busy machine: wall time there
 * includes waiting for a core.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findArticles } from '../src/knowledge/load-articles.js';
import { ALL_KNOWLEDGE } from './paths.js';
import { getText, postJson } from './post-json.js';
import { readProcessCpuMs, readProcessMemory } from './proc-status.js';
import { botCommand, serverEnv, spawnServer } from './spawn-server.js';
import { median } from './stats.js';

export interface ArticlesRun {
  readonly articles: number;
  /** The slugs served, in slug order. */
  readonly slugs: readonly string[];
  /** Medians over the runs: spawn → `/healthz` answered 200. */
  readonly healthyMs: number;
  /** Spawn → the first answer about the last article received in full. */
  readonly firstAnswerMs: number;
  /** The server's CPU time (all threads) at its first answer. */
  readonly cpuMs: number;
  /** Resident memory at the first answer. */
  readonly rssMb: number;
}

export interface ArticlesMeasurement {
  readonly question: string;
  readonly runsEach: number;
  readonly runs: readonly ArticlesRun[];
  /** What each added article costs: the least-squares slope over the article counts (with two counts, their difference). */
  readonly perArticle: { readonly healthyMs: number; readonly firstAnswerMs: number; readonly cpuMs: number; readonly rssMb: number };
}

/** Asked of each set's last article: every article answers it alike (with what the bot can do), so the sets differ only in what they load. */
export const ARTICLES_QUESTION = 'What can you do?';

export async function measureArticles(runsEach: number, workDir: string, question = ARTICLES_QUESTION): Promise<ArticlesMeasurement> {
  const available = findArticles(ALL_KNOWLEDGE);
  const measured: ArticlesRun[] = [];
  for (let count = 1; count <= available.length; count += 1) {
    const served = available.slice(0, count);
    const root = { knowledgeDir: join(workDir, `articles-${count}`, 'knowledge'), intentsDir: join(workDir, `articles-${count}`, 'intents') };
    for (const article of served) {
      mkdirSync(root.knowledgeDir, { recursive: true });
      cpSync(article.knowledgeDir, join(root.knowledgeDir, article.slug), { recursive: true });
      cpSync(article.intentsDir, join(root.intentsDir, article.slug), { recursive: true });
    }
    const last = served.at(-1)?.slug ?? '';
    const samples: Sample[] = [];
    for (let run = 0; run < runsEach; run += 1) samples.push(await startOnce(root, last, question, join(workDir, 'data')));
    rmSync(join(workDir, `articles-${count}`), { recursive: true, force: true });
    const medianOf = (pick: (sample: Sample) => number) => median(samples.map(pick));
    measured.push({
      articles: count,
      slugs: served.map((article) => article.slug),
      healthyMs: medianOf((s) => s.healthyMs),
      firstAnswerMs: medianOf((s) => s.firstAnswerMs),
      cpuMs: medianOf((s) => s.cpuMs),
      rssMb: medianOf((s) => s.rssMb),
    });
  }
  return {
    question,
    runsEach,
    runs: measured,
    perArticle: {
      healthyMs: slope(measured, (r) => r.healthyMs),
      firstAnswerMs: slope(measured, (r) => r.firstAnswerMs),
      cpuMs: slope(measured, (r) => r.cpuMs),
      rssMb: slope(measured, (r) => r.rssMb),
    },
  };
}

interface Sample {
  readonly healthyMs: number;
  readonly firstAnswerMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

async function startOnce(root: { knowledgeDir: string; intentsDir: string }, slug: string, question: string, dataDir: string): Promise<Sample> {
  const spawnedAt = performance.now();
  const env = serverEnv({ DATA_DIR: dataDir, KNOWLEDGE_DIR: root.knowledgeDir, INTENTS_DIR: root.intentsDir });
  const server = await spawnServer(botCommand(), env, spawnedAt);
  try {
    const health = await getText(`${server.url}/healthz`);
    const healthyMs = performance.now() - spawnedAt;
    if (health.status !== 200) throw new Error(`bench: GET /healthz answered ${health.status}: ${health.body}`);
    const response = await postJson(`${server.url}/api/articles/${slug}/ask`, { question });
    const firstAnswerMs = performance.now() - spawnedAt;
    if (response.status !== 200) throw new Error(`bench: the first answer about ${slug} was ${response.status}: ${response.body}`);
    return { healthyMs, firstAnswerMs, cpuMs: readProcessCpuMs(server.pid), rssMb: readProcessMemory(server.pid).rssMb };
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
