/**
 * The targets from issue 6 and how a report is checked against them. A
 * missed target is reported, never hidden; the bench does not fail on it.
 */
import type { HttpMeasurement } from './measure-http.js';
import type { GrowthLevel } from './measure-growth.js';
import type { MemoryMeasurement } from './measure-memory.js';
import type { StartupMeasurement } from './measure-startup.js';
import type { EngineProbeResult } from './engine-probe.js';

export const TARGETS = Object.freeze({
  engineP99Ms: 1,
  httpThroughputRatio: 0.7,
  startupToFirstAnswerMs: 1_000,
  rssAfterStartupMb: 150,
  /** Live heap may grow at most this share while sessions beyond MAX_SESSIONS arrive. */
  overflowHeapGrowth: 0.1,
  growthFactor: 10,
  growthLatencyRatio: 3,
});

export interface TargetCheck {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  /** null when the measurement did not finish. */
  readonly met: boolean | null;
}

export interface Measured {
  readonly engine: EngineProbeResult;
  readonly http: HttpMeasurement;
  readonly startup: StartupMeasurement;
  readonly memory: MemoryMeasurement;
  readonly growth: readonly GrowthLevel[];
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 0)} ms`;
const mb = (value: number) => `${value.toFixed(1)} MB`;

export function checkTargets({ engine, http, startup, memory, growth }: Measured): TargetCheck[] {
  const tenfold = growth.find((level) => level.factor === TARGETS.growthFactor);
  const heapGrowth = memory.afterOverflow.heapUsedMbAfterGc / memory.afterLoad.heapUsedMbAfterGc - 1;
  return [
    {
      name: 'engine p99',
      target: `< ${TARGETS.engineP99Ms} ms`,
      measured: `${ms(engine.engine.p99Ms)} (CPU p99 ${ms(engine.engine.cpu.p99Ms)})`,
      met: engine.engine.p99Ms < TARGETS.engineP99Ms,
    },
    {
      name: 'HTTP throughput vs bare Express',
      target: `≥ ${TARGETS.httpThroughputRatio * 100}%`,
      measured: `${(http.throughputRatio * 100).toFixed(1)}% (answer cache off: ${(http.uncachedThroughputRatio * 100).toFixed(1)}%)`,
      met: http.throughputRatio >= TARGETS.httpThroughputRatio,
    },
    {
      name: 'start-up to first answer',
      target: `< ${TARGETS.startupToFirstAnswerMs} ms`,
      measured: ms(startup.firstAnswerMs),
      met: startup.firstAnswerMs < TARGETS.startupToFirstAnswerMs,
    },
    { name: 'RSS after start-up', target: `< ${TARGETS.rssAfterStartupMb} MB`, measured: mb(startup.rssMb), met: startup.rssMb < TARGETS.rssAfterStartupMb },
    {
      name: 'memory bounded under session load',
      target: `sessions ≤ MAX_SESSIONS, heap +≤${TARGETS.overflowHeapGrowth * 100}% past it`,
      measured: `${memory.maxSessionsHeld} ≤ ${memory.maxSessions} held, heap ${heapGrowth >= 0 ? '+' : ''}${(heapGrowth * 100).toFixed(1)}%`,
      met: memory.maxSessionsHeld <= memory.maxSessions && heapGrowth <= TARGETS.overflowHeapGrowth,
    },
    {
      name: `${TARGETS.growthFactor}× knowledge latency`,
      target: `< ${TARGETS.growthLatencyRatio}× (CPU per question)`,
      measured:
        tenfold?.cpuRatio == null
          ? 'not measured'
          : `${tenfold.cpuRatio.toFixed(2)}× (wall: mean ${tenfold.meanRatio?.toFixed(2)}×, p50 ${tenfold.p50Ratio?.toFixed(2)}×, p99 ${tenfold.p99Ratio?.toFixed(2)}×)`,
      met: tenfold?.cpuRatio == null ? null : tenfold.cpuRatio < TARGETS.growthLatencyRatio,
    },
  ];
}
