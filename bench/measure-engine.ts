/**
 * Asks the engine the workload one question at a time, the way one busy
 * process serves it, and times each `ask` with `performance.now()`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
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
  /** Where the slowest asks' time goes: see `TailBreakdown`. */
  readonly tail: TailBreakdown;
}

/**
 * The p99 of asks mixes what questions cost with what lands on them: a garbage collection that one ask
 * happens to trigger for everything allocated before it, a preemption by another process.
 */
export interface TailBreakdown {
  /** Share of asks during which the garbage collector paused the thread. */
  readonly pausedShare: number;
  /** Mean length of those pauses. */
  readonly meanPauseMs: number;
  /** p99 of the asks no pause landed on. */
  readonly p99UnpausedMs: number;
  /** p99 over asks of what each ask's question costs: the median of all its asks in the run. */
  readonly p99QuestionMedianMs: number;
}

export interface EngineLoad {
  readonly warmupQuestions: number;
  readonly measuredQuestions: number;
}

const GC_ENTRIES_DELAY_MS = 50;

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
  const windows: Array<{ readonly question: string; readonly start: number; readonly end: number }> = [];
  const pauses: Array<{ readonly start: number; readonly end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  let answered = 0;
  const started = performance.now();
  for (let i = 0; i < load.measuredQuestions; i += 1) {
    // CPU readings sit outside the wall-clock window, so they do not inflate the latency.
    const cpuBefore = process.cpuUsage();
    const before = performance.now();
    const response = await askAt(i, 'pass-');
    const after = performance.now();
    samples.push(after - before);
    windows.push({ question: (workload[i % workload.length] as WorkItem).question, start: before, end: after });
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (!response.fallback) answered += 1;
  }
  const elapsedMs = performance.now() - started;
  // Node delivers garbage-collection entries on a later turn of the event loop, after timers: wait for the last ones.
  await setTimeout(GC_ENTRIES_DELAY_MS);
  observer.disconnect();
  const cpu = summarize(cpuSamples);
  return {
    ...summarize(samples),
    questionsPerSecond: (load.measuredQuestions / elapsedMs) * 1000,
    cpu: { meanMs: cpu.meanMs, p50Ms: cpu.p50Ms, p99Ms: cpu.p99Ms },
    answeredShare: answered / load.measuredQuestions,
    tail: tailBreakdown(windows, pauses),
  };
}

/** Which asks a garbage-collector pause overlapped, and what the asks' own questions cost. */
export function tailBreakdown(
  asks: ReadonlyArray<{ readonly question: string; readonly start: number; readonly end: number }>,
  pauses: ReadonlyArray<{ readonly start: number; readonly end: number }>,
): TailBreakdown {
  const pausedAsks = new Set(asks.filter((ask) => pauses.some((pause) => pause.start < ask.end && pause.end > ask.start)));
  const byQuestion = new Map<string, number[]>();
  for (const ask of asks) {
    const times = byQuestion.get(ask.question) ?? [];
    times.push(ask.end - ask.start);
    byQuestion.set(ask.question, times);
  }
  const questionMedians = new Map([...byQuestion].map(([question, times]) => [question, median(times)]));
  return {
    pausedShare: asks.length === 0 ? 0 : pausedAsks.size / asks.length,
    meanPauseMs: pauses.length === 0 ? 0 : pauses.reduce((sum, pause) => sum + pause.end - pause.start, 0) / pauses.length,
    p99UnpausedMs: summarize(asks.filter((ask) => !pausedAsks.has(ask)).map((ask) => ask.end - ask.start)).p99Ms,
    p99QuestionMedianMs: summarize(asks.map((ask) => questionMedians.get(ask.question) ?? Number.NaN)).p99Ms,
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
