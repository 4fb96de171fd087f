/**
 * Asks the engine the workload one question at a time, the way one busy
 * process serves it, and times each `ask` with `performance.now()`.
 */
import type { Engine } from '../src/pipeline/answer-question.js';
import type { ContextCountingStore } from './context-counting-store.js';
import type { HostileKind, HostileQuestion } from './hostile-questions.js';
import { median, summarize, type LatencySummary } from './stats.js';
import type { EvalSet, WorkItem } from './workload.js';

export interface EngineMeasurement extends LatencySummary {
  /** Questions answered per second by one process asking them back to back. */
  readonly questionsPerSecond: number;
  /**
   * CPU time of the process per question (user + system, all threads, ~4 µs
   * of measuring included). Unlike wall time it does not grow while other
   * programs hold the CPU, so it compares runs on a busy machine.
   */
  readonly cpu: { readonly meanMs: number; readonly p50Ms: number; readonly p99Ms: number };
  /** Share of the measured questions answered from a fact (not a fallback); a sanity check, not a target. */
  readonly answeredShare: number;
}

export interface EngineLoad {
  readonly warmupQuestions: number;
  readonly measuredQuestions: number;
}

export async function measureEngine(engine: Engine, workload: readonly WorkItem[], load: EngineLoad): Promise<EngineMeasurement> {
  if (workload.length === 0) throw new Error('bench: the workload is empty; test/eval/huawei/tuning/questions.json has no questions.');
  // Each pass of the workload gets fresh conversations, so dialog turns meet the context they were written for.
  const askAt = (i: number, prefix: string) => {
    const item = workload[i % workload.length] as WorkItem;
    return engine.ask({ question: item.question, sessionId: `${prefix}${Math.floor(i / workload.length)}-${item.conversation}`, channel: 'bench' });
  };
  for (let i = 0; i < load.warmupQuestions; i += 1) await askAt(i, 'warmup-');

  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let answered = 0;
  const started = performance.now();
  for (let i = 0; i < load.measuredQuestions; i += 1) {
    // CPU readings sit outside the wall-clock window, so they do not inflate the latency.
    const cpuBefore = process.cpuUsage();
    const before = performance.now();
    const response = await askAt(i, 'pass-');
    samples.push(performance.now() - before);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (!response.fallback) answered += 1;
  }
  const elapsedMs = performance.now() - started;
  const cpu = summarize(cpuSamples);
  return {
    ...summarize(samples),
    questionsPerSecond: (load.measuredQuestions / elapsedMs) * 1000,
    cpu: { meanMs: cpu.meanMs, p50Ms: cpu.p50Ms, p99Ms: cpu.p99Ms },
    answeredShare: answered / load.measuredQuestions,
  };
}

export interface HostileMeasurement {
  readonly questions: number;
  /** Each question's time is the median of this many asks (first asks: on this many fresh engines), so one preemption does not make it the worst. */
  readonly repetitions: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The slowest question of the corpus. */
  readonly worst: HostileWorst;
  /**
   * Each question's first ask, as an attacker who never repeats a question gets it: nothing it needs is
   * remembered yet (spelling corrections, fuzzy matches of its new words). The median over fresh engines.
   */
  readonly firstAsk: { readonly p50Ms: number; readonly worst: HostileWorst };
}

export interface HostileWorst {
  readonly kind: HostileKind;
  readonly question: string;
  readonly ms: number;
}

/**
 * Times the hostile corpus. A question's first ask is what an attacker who never repeats a question
 * pays, so it is timed on `repetitions` fresh engines, each asked the corpus in the same order from
 * the same warmed state, and its cost is the median: a garbage collection or a preemption that lands
 * on one ask says nothing about the question. The last engine then asks each question again
 * `repetitions` times, which shows what the first ask taught it.
 */
export async function measureHostile(freshEngine: () => Promise<Engine>, corpus: readonly HostileQuestion[], repetitions: number): Promise<HostileMeasurement> {
  const firstAsks: number[][] = corpus.map(() => []);
  const askAllOnce = async (run: number) => {
    const engine = await freshEngine();
    for (const [index, item] of corpus.entries()) firstAsks[index]?.push(await timeAsk(engine, item.question, `hostile-${run}-${index}`));
    return engine;
  };
  let engine = await askAllOnce(0);
  for (let run = 1; run < repetitions; run += 1) engine = await askAllOnce(run);
  const repeated: HostileWorst[] = [];
  for (const [index, item] of corpus.entries()) {
    const times: number[] = [];
    for (let repetition = 0; repetition < repetitions; repetition += 1) times.push(await timeAsk(engine, item.question, `again-${repetition}-${index}`));
    repeated.push({ ...item, ms: median(times) });
  }
  const first = corpus.map((item, index) => ({ ...item, ms: median(firstAsks[index] ?? []) }));
  const summary = summarize(repeated.map((item) => item.ms));
  return {
    questions: corpus.length,
    repetitions,
    p50Ms: summary.p50Ms,
    p99Ms: summary.p99Ms,
    worst: slowest(repeated),
    firstAsk: { p50Ms: summarize(first.map((item) => item.ms)).p50Ms, worst: slowest(first) },
  };
}

async function timeAsk(engine: Engine, question: string, sessionId: string): Promise<number> {
  const before = performance.now();
  await engine.ask({ question, sessionId, channel: 'bench' });
  return performance.now() - before;
}

function slowest(timed: readonly HostileWorst[]): HostileWorst {
  const { kind, question, ms } = timed.reduce((slowest, item) => (item.ms > slowest.ms ? item : slowest));
  return { kind, question, ms };
}

/**
 * The answer cache's hit rate on the conversations workload (every dialog in
 * a new conversation): the share of its turns that reach the engine with no
 * context, counted by `store`, which must be the engine's session store.
 */
export async function conversationCacheShare(engine: Engine, store: ContextCountingStore, dialogs: EvalSet['dialogs']): Promise<number> {
  store.reset();
  for (const [index, dialog] of dialogs.entries()) {
    for (const turn of dialog.turns) await engine.ask({ question: turn.q, sessionId: `cache-share-${index}`, channel: 'bench' });
  }
  return store.withoutContext / store.lookups;
}
