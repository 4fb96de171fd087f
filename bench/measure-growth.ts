/**
 * Engine cost as the knowledge base grows: the real one (1×) and synthetic
 * ones N× its size, each measured by the same probe in a fresh process.
 */
import { join } from 'node:path';
import type { KnowledgeLocation } from '../src/knowledge/load-knowledge.js';
import type { EngineProbeInput, EngineProbeResult } from './engine-probe.js';
import type { EngineLoad } from './measure-engine.js';
import { BENCH_DIR, EVAL_QUESTIONS, REAL_KNOWLEDGE } from './paths.js';
import { ProbeTimeout, runProbe } from './run-probe.js';
import { measureKnowledge, writeSyntheticKnowledge, type KnowledgeSize } from './synthetic-knowledge.js';

const ENGINE_PROBE = join(BENCH_DIR, 'engine-probe.ts');

export interface GrowthLevel {
  readonly factor: number;
  readonly size: KnowledgeSize;
  /** False when the level did not finish within the time limit; its timings are then null. */
  readonly finished: boolean;
  readonly loadMs: number | null;
  readonly trainMs: number | null;
  /** Load + train: the part of start-up that depends on the knowledge base. */
  readonly loadAndTrainMs: number | null;
  readonly rssMbAfterTrain: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly questionsPerSecond: number | null;
  readonly answeredShare: number | null;
  /** p50 latency ÷ the 1× level's p50. */
  readonly p50Ratio: number | null;
  /** p99 latency ÷ the 1× level's p99. */
  readonly p99Ratio: number | null;
  /** Mean latency ÷ the 1× level's mean. */
  readonly meanRatio: number | null;
  /** CPU time per question (see `EngineMeasurement.cpu`). */
  readonly cpuMeanMs: number | null;
  /**
   * CPU per question ÷ the 1× level's: what a question costs, the figure the
   * 3× target is checked against. Wall-time ratios between levels measured
   * minutes apart swing with other load on a shared machine; CPU time does not.
   */
  readonly cpuRatio: number | null;
}

/** What the engine probe measures besides latency: nothing for a synthetic knowledge base. */
export interface EngineExtras {
  readonly hostilePerKind: number;
  readonly countCacheShare: boolean;
}

const NO_EXTRAS: EngineExtras = { hostilePerKind: 0, countCacheShare: false };

/** Runs the engine probe on a knowledge base, the real one by default. */
export function probeEngine(load: EngineLoad, timeoutMs: number, location: KnowledgeLocation = REAL_KNOWLEDGE, extras = NO_EXTRAS): Promise<EngineProbeResult> {
  const input: EngineProbeInput = { knowledgeDir: location.knowledgeDir, intentsDir: location.intentsDir, evalQuestions: EVAL_QUESTIONS, ...load, ...extras };
  return runProbe<EngineProbeResult>(ENGINE_PROBE, input, { timeoutMs });
}

export async function measureGrowth(factors: readonly number[], load: EngineLoad, timeoutMs: number, workDir: string): Promise<GrowthLevel[]> {
  const levels: GrowthLevel[] = [];
  let baseline: EngineProbeResult | undefined;
  for (const factor of factors) {
    const location =
      factor === 1 ? { ...REAL_KNOWLEDGE, size: measureKnowledge(REAL_KNOWLEDGE) } : writeSyntheticKnowledge(REAL_KNOWLEDGE, factor, join(workDir, `knowledge-${factor}x`));
    const result = await probeEngine(load, timeoutMs, location).catch((error: unknown) => {
      if (error instanceof ProbeTimeout) return undefined;
      throw error;
    });
    if (factor === 1) baseline = result;
    levels.push(toLevel(factor, location.size, result, baseline));
  }
  return levels;
}

function toLevel(factor: number, size: KnowledgeSize, result: EngineProbeResult | undefined, baseline: EngineProbeResult | undefined): GrowthLevel {
  const ratio = (pick: (r: EngineProbeResult) => number) =>
    result === undefined || baseline === undefined ? null : pick(result) / pick(baseline);
  return {
    factor,
    size,
    finished: result !== undefined,
    loadMs: result?.loadMs ?? null,
    trainMs: result?.trainMs ?? null,
    loadAndTrainMs: result === undefined ? null : result.loadMs + result.trainMs,
    rssMbAfterTrain: result?.rssMbAfterTrain ?? null,
    p50Ms: result?.engine.p50Ms ?? null,
    p95Ms: result?.engine.p95Ms ?? null,
    p99Ms: result?.engine.p99Ms ?? null,
    questionsPerSecond: result?.engine.questionsPerSecond ?? null,
    answeredShare: result?.engine.answeredShare ?? null,
    p50Ratio: ratio((r) => r.engine.p50Ms),
    p99Ratio: ratio((r) => r.engine.p99Ms),
    cpuMeanMs: result?.engine.cpu.meanMs ?? null,
    cpuRatio: ratio((r) => r.engine.cpu.meanMs),
    meanRatio: ratio((r) => r.engine.meanMs),
  };
}
