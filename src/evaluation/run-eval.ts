/**
 * `npm run eval` without the terminal: measures intents, answers,
 * calibration and reachability over one knowledge base and returns one
 * report object, which the JSON, HTML and terminal writers only format.
 * The gates and the sweep judge the tuning questions; first-sight batches
 * are reported with the score they got at first sight, and today's.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import { DEFAULT_THRESHOLDS, type DecisionThresholds } from '../pipeline/decide.js';
import { summariseAnswers, type AnswerMetrics } from './answer-metrics.js';
import { sweepThreshold, type ThresholdSweep } from './calibration.js';
import { confidenceHistogram, type HistogramBin } from './confidence-histogram.js';
import { evaluateIntents, type IntentEvaluation } from './cross-validate.js';
import { createEvalEngine } from './eval-engine.js';
import type { EvalSuite, FirstSightBatch } from './eval-set.js';
import { evaluateAnswers } from './evaluate-answers.js';
import { latestRecord, recordOf, type FirstSightRecord, type FirstSightRecords } from './first-sight.js';
import { ACCURACY_GATES, checkGates, PRECISION_TARGET, type GateResult } from './gates.js';
import { measureReachability, type FactReachability } from './reachability.js';

export interface EvalOptions {
  readonly folds: number;
  readonly seed: number;
  /** Least answer precision a recommended threshold must reach. */
  readonly precisionTarget: number;
  /** Skip the threshold sweep (the slowest part: one engine per value). */
  readonly calibrate: boolean;
  /** Thresholds of the engine under evaluation; the server's defaults unless given. */
  readonly thresholds: DecisionThresholds;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = Object.freeze({
  folds: 5,
  seed: 42,
  precisionTarget: PRECISION_TARGET,
  calibrate: true,
  thresholds: DEFAULT_THRESHOLDS,
});

/** Field names are part of the interface: CI and dashboards read them. Bump `schemaVersion` on a breaking change. */
export interface EvalReport {
  readonly schemaVersion: 2;
  readonly generatedAt: string;
  readonly options: { readonly folds: number; readonly seed: number; readonly precisionTarget: number };
  readonly intents: IntentEvaluation;
  /** The headline: unseen batches, each with its first-sight record and today's score. */
  readonly firstSight: FirstSightSummary;
  /** The tuning questions, which the engine may have been fixed against. */
  readonly answers: AnswerMetrics;
  readonly calibration: {
    readonly precisionTarget: number;
    readonly thresholdsInUse: DecisionThresholds;
    readonly sweeps: readonly ThresholdSweep[];
    readonly histogram: readonly HistogramBin[];
  };
  readonly reachability: readonly FactReachability[];
  readonly gates: readonly GateResult[];
  readonly passed: boolean;
}

export interface FirstSightSummary {
  /** The most recently recorded batch. */
  readonly latest?: { readonly batch: string; readonly record: FirstSightRecord };
  readonly batches: readonly {
    readonly batch: string;
    /** Absent until the batch has been scored at first sight. */
    readonly record?: FirstSightRecord;
    /** The same batch through today's engine: no longer a first sight once anything was fixed for it. */
    readonly now: FirstSightRecord;
  }[];
}

export async function runEvaluation(
  knowledge: KnowledgeBase,
  suite: EvalSuite,
  options: EvalOptions = DEFAULT_EVAL_OPTIONS,
  records: FirstSightRecords = {},
): Promise<EvalReport> {
  const set = suite.tuning;
  const engine = createEvalEngine(knowledge, options.thresholds);
  const items = await evaluateAnswers(engine, set);
  const answers = summariseAnswers(items);
  const sweeps: ThresholdSweep[] = [];
  if (options.calibrate) {
    const makeEngine = (thresholds: DecisionThresholds) => createEvalEngine(knowledge, thresholds);
    for (const parameter of ['minConfidence', 'minCoverage'] as const) {
      sweeps.push(await sweepThreshold(makeEngine, set, parameter, options.thresholds, options.precisionTarget));
    }
  }
  const gates = checkGates(answers, ACCURACY_GATES);
  const batches = [];
  for (const batch of suite.firstSight) {
    batches.push({ batch: batch.name, record: records[batch.name], now: await scoreBatch(knowledge, batch, options.thresholds) });
  }
  const latest = latestRecord(records);
  return {
    schemaVersion: 2,
    generatedAt: new Date().toISOString(),
    options: { folds: options.folds, seed: options.seed, precisionTarget: options.precisionTarget },
    intents: evaluateIntents(knowledge, { folds: options.folds, seed: options.seed }),
    firstSight: latest === undefined ? { batches } : { latest, batches },
    answers,
    calibration: {
      precisionTarget: options.precisionTarget,
      thresholdsInUse: options.thresholds,
      sweeps,
      histogram: confidenceHistogram(items),
    },
    reachability: await measureReachability(createEvalEngine(knowledge, options.thresholds), knowledge.facts),
    gates,
    passed: gates.every((gate) => gate.passed),
  };
}

/** A batch through a fresh engine, as a record dated today. */
export async function scoreBatch(knowledge: KnowledgeBase, batch: FirstSightBatch, thresholds: DecisionThresholds, commit = 'working tree'): Promise<FirstSightRecord> {
  const metrics = summariseAnswers(await evaluateAnswers(createEvalEngine(knowledge, thresholds), batch.set));
  return recordOf(batch, metrics, new Date().toISOString().slice(0, 10), commit);
}
