/**
 * Runs every section of the bench in order, one at a time so no measurement
 * shares the machine with another, and assembles the report.
 */
import { execFileSync } from 'node:child_process';
import { currentLoad, describeMachine } from './machine.js';
import { httpWorkloads } from './http-workloads.js';
import { measureArticles } from './measure-articles.js';
import { measureGrowth, probeEngine } from './measure-growth.js';
import { measureHttp } from './measure-http.js';
import { measureMemory } from './measure-memory.js';
import { measureProfile } from './measure-profile.js';
import { measureStartup } from './measure-startup.js';
import type { BenchSettings } from './options.js';
import { EVAL_QUESTIONS, PROJECT_ROOT, REAL_KNOWLEDGE } from './paths.js';
import { REPORT_VERSION, type BenchReport } from './report.js';
import { sourceRevision } from '../src/evaluation/source-commit.js';
import { checkTargets } from './targets.js';
import { mixedWorkload, readEvalSet } from './workload.js';

/** The question the start-up runs ask: in scope, answered from a fact, a typical answer size. */
export const BENCH_QUESTION = 'How much profit did Huawei make last year?';

const MINUTE = 60_000;

export async function runBench(settings: BenchSettings, workDir: string, log: (line: string) => void): Promise<BenchReport> {
  const started = new Date();
  const loadAtStart = currentLoad();
  const source = sourceRevision(PROJECT_ROOT);
  const evalSet = readEvalSet(EVAL_QUESTIONS);

  // Start-up and HTTP measure the compiled build, as `npm start` runs the bot; the start-up
  // section's `npm start` then finds it fresh, as a restart with nothing changed does.
  log('build: compiling src/ if it changed since the last build…');
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  log('engine: ask() latency over the evaluation questions and the hostile corpus…');
  const engine = await probeEngine(settings.engine, 15 * MINUTE, REAL_KNOWLEDGE, { hostilePerKind: settings.engine.hostilePerKind, countCacheShare: true });
  log('start-up: npm start, and its start script without npm…');
  const startup = await measureStartup(settings.startup, BENCH_QUESTION, workDir);
  log('start-up per added article: the first article alone, then with each next one…');
  const articles = await measureArticles(settings.articles.runs, workDir);
  log('http: the bot vs the parsing and fixed-body baselines under autocannon, three workloads…');
  const workloads = httpWorkloads(evalSet);
  const http = await measureHttp(workloads, settings.http, workDir);
  log('profile: where a conversation request\'s CPU time goes (node --cpu-prof)…');
  const conversations = workloads.find((workload) => workload.name === 'conversations') ?? workloads[0];
  if (conversations === undefined) throw new Error('bench: there are no HTTP workloads to profile.');
  const profile = await measureProfile(conversations, settings.http, workDir);
  log(`memory: ${settings.memory.questions.toLocaleString('en-GB')} questions over ${settings.memory.sessions.toLocaleString('en-GB')} sessions…`);
  const memory = await measureMemory(settings.memory, 60 * MINUTE);
  log(`growth: knowledge bases ${settings.growth.factors.map((f) => `${f}×`).join(', ')}…`);
  const growth = await measureGrowth(settings.growth.factors, settings.growth, settings.growth.timeoutSeconds * 1000, workDir);

  const measured = { engine, http, startup, memory, growth };
  return {
    version: REPORT_VERSION,
    mode: settings.mode,
    startedAt: started.toISOString(),
    durationSeconds: (Date.now() - started.getTime()) / 1000,
    machine: describeMachine(loadAtStart),
    source,
    settings,
    ...measured,
    articles,
    profile,
    engine: { ...engine, workloadQuestions: mixedWorkload(evalSet).length },
    targets: checkTargets(measured),
  };
}
