/**
 * The targets (issue 13 for throughput, engine latency, `npm start` and
 * memory under conversations; issue 6 for the rest) and how a report is
 * checked against them. A missed target is reported, never hidden; the bench
 * does not fail on it.
 */
import type { EngineProbeResult } from './engine-probe.js';
import type { HttpWorkloadName } from './http-workloads.js';
import type { GrowthLevel } from './measure-growth.js';
import type { HttpMeasurement } from './measure-http.js';
import type { MemoryMeasurement } from './measure-memory.js';
import type { StartupMeasurement } from './measure-startup.js';
import { ms } from './stats.js';

export const TARGETS = Object.freeze({
  /** Engine p99 on the conversational mix, answer cache off. */
  engineP99Ms: 0.3,
  /** The slowest hostile question (issue 15), against the conversational mix's p50. */
  hostileWorstRatio: 3,
  /** Bot ÷ parsing baseline, requests per second, per workload; mixed has none. */
  throughputRatio: Object.freeze({ openers: 0.75, conversations: 0.5 }) satisfies Partial<Record<HttpWorkloadName, number>>,
  /** `npm start` with nothing changed since the last build, spawn → healthy `/healthz`. */
  npmStartHealthyMs: 1_500,
  startupToFirstAnswerMs: 1_000,
  rssAfterStartupMb: 150,
  /** The bot's resident memory after the conversations workload, as `npm start` runs it. */
  rssAfterConversationsMb: 120,
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

const mb = (value: number) => `${value.toFixed(1)} MB`;
const times = (value: number) => `${value.toFixed(2)}×`;

export function checkTargets({ engine, http, startup, memory, growth }: Measured): TargetCheck[] {
  const tenfold = growth.find((level) => level.factor === TARGETS.growthFactor);
  const heapGrowth = memory.afterOverflow.heapUsedMbAfterGc / memory.afterLoad.heapUsedMbAfterGc - 1;
  const throughput = Object.entries(TARGETS.throughputRatio).map(([name, target]): TargetCheck => {
    const workload = http.workloads.find((w) => w.name === name);
    return {
      name: `${name} vs parsing Express`,
      target: `≥ ${times(target)}`,
      measured: workload === undefined ? 'not measured' : `${times(workload.ratio)} (ceiling, body ignored: ${times(workload.ceilingRatio)})`,
      met: workload === undefined ? null : workload.ratio >= target,
    };
  });
  return [
    {
      name: 'engine p99 (conversational mix)',
      target: `≤ ${ms(TARGETS.engineP99Ms)}`,
      measured: `${ms(engine.engine.p99Ms)} (CPU p99 ${ms(engine.engine.cpu.p99Ms)})`,
      met: engine.engine.p99Ms <= TARGETS.engineP99Ms,
    },
    hostileCheck(engine),
    ...throughput,
    {
      name: 'npm start to healthy, unchanged',
      target: `≤ ${ms(TARGETS.npmStartHealthyMs)}`,
      measured: `${ms(startup.npmStartHealthyMs)} (without npm: ${ms(startup.healthyMs)})`,
      met: startup.npmStartHealthyMs <= TARGETS.npmStartHealthyMs,
    },
    {
      name: 'start-up to first answer',
      target: `< ${ms(TARGETS.startupToFirstAnswerMs)}`,
      measured: ms(startup.firstAnswerMs),
      met: startup.firstAnswerMs < TARGETS.startupToFirstAnswerMs,
    },
    { name: 'RSS after start-up', target: `< ${mb(TARGETS.rssAfterStartupMb)}`, measured: mb(startup.rssMb), met: startup.rssMb < TARGETS.rssAfterStartupMb },
    {
      name: 'RSS after conversations',
      target: `≤ ${mb(TARGETS.rssAfterConversationsMb)}`,
      measured: mb(http.botRssMbAfterConversations),
      met: http.botRssMbAfterConversations <= TARGETS.rssAfterConversationsMb,
    },
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

/**
 * Judged on each hostile question's first ask, which is what an attacker who never repeats a question
 * gets; the median of repeated asks, with what the first ask taught the engine remembered, is shown too.
 */
function hostileCheck({ engine, hostile }: EngineProbeResult): TargetCheck {
  const name = 'hostile worst vs typical question';
  const target = `≤ ${times(TARGETS.hostileWorstRatio)} the mix's p50`;
  if (hostile === null) return { name, target, measured: 'not measured', met: null };
  const ratio = hostile.firstAsk.worst.ms / engine.p50Ms;
  return {
    name,
    target,
    measured: `${times(ratio)} (first ask ${ms(hostile.firstAsk.worst.ms)}; repeated, median of ${hostile.repetitions}: ${ms(hostile.worst.ms)}, ${times(hostile.worst.ms / engine.p50Ms)})`,
    met: ratio <= TARGETS.hostileWorstRatio,
  };
}
