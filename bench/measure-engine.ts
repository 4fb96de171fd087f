/**
 * Asks the engine the workload one question at a time, the way one busy
 * process serves it, and times each `ask` with `performance.now()`.
 */
import type { Engine } from '../src/pipeline/answer-question.js';
import { summarize, type LatencySummary } from './stats.js';
import type { WorkItem } from './workload.js';

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
