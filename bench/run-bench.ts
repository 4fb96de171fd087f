/**
 * Runs every section of the bench in order, one at a time so no measurement
 * shares the machine with another, and assembles the report.
 */
import { execFileSync } from 'node:child_process';
import { currentLoad, describeMachine } from './machine.js';
import { measureGrowth, probeEngine } from './measure-growth.js';
import { measureHttp } from './measure-http.js';
import { measureMemory } from './measure-memory.js';
import { measureStartup } from './measure-startup.js';
import type { BenchSettings } from './options.js';
import { EVAL_QUESTIONS, PROJECT_ROOT } from './paths.js';
import { REPORT_VERSION, type BenchReport } from './report.js';
import { sourceRevision } from './source-revision.js';
import { checkTargets } from './targets.js';
import { mixedWorkload, readEvalSet } from './workload.js';

/** The question start-up and HTTP runs ask: in scope, answered from a fact, a typical answer size. */
export const BENCH_QUESTION = 'How much profit did Huawei make last year?';

const MINUTE = 60_000;

export async function runBench(settings: BenchSettings, workDir: string, log: (line: string) => void): Promise<BenchReport> {
  const started = new Date();
  const loadAtStart = currentLoad();
  const source = sourceRevision();
  const evalSet = readEvalSet(EVAL_QUESTIONS);

  // Start-up and HTTP measure the compiled build, as `npm start` runs the bot.
  log('build: npm run build…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  log('engine: ask() latency over the evaluation questions…');
  const engine = await probeEngine(settings.engine, 15 * MINUTE);
  log('start-up: spawning the server…');
  const startup = await measureStartup(settings.startup, BENCH_QUESTION, workDir);
  log('http: bot vs bare Express under autocannon…');
  const http = await measureHttp(BENCH_QUESTION, evalSet.single.map((item) => item.q), settings.http, workDir);
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
    engine: { ...engine, workloadQuestions: mixedWorkload(evalSet).length },
    targets: checkTargets(measured),
  };
}
