/**
 * Probe: in a fresh process, loads one knowledge base, trains the engine and
 * measures `ask` latency. The bench runs it for the real knowledge base and
 * for each synthetic size. Timings are split so growth shows where it goes.
 */
import { readProcessMemory } from './proc-status.js';
import { probeInput, reportToParent } from './run-probe.js';
import type { EngineLoad, EngineMeasurement } from './measure-engine.js';

export interface EngineProbeInput extends EngineLoad {
  readonly knowledgeDir: string;
  readonly intentsDir: string;
  readonly evalQuestions: string;
}

export interface EngineProbeResult {
  /** From process start to the probe's first line: Node, the tsx loader. */
  readonly bootMs: number;
  /** Importing the engine's modules (and their libraries). */
  readonly importMs: number;
  /** `loadKnowledge`: reading and validating the files. */
  readonly loadMs: number;
  /** `createEngine`: vocabulary, classifier training, fact index. */
  readonly trainMs: number;
  /** RSS once the engine is built, before any question. */
  readonly rssMbAfterTrain: number;
  readonly engine: EngineMeasurement;
}

const bootMs = performance.now();
const input = probeInput<EngineProbeInput>();

const importStarted = performance.now();
const [{ loadKnowledge }, { createEngine }, { MemorySessionStore }, { measureEngine }, { mixedWorkload, readEvalSet }] = await Promise.all([
  import('../src/knowledge/load-knowledge.js'),
  import('../src/pipeline/answer-question.js'),
  import('../src/conversation/session-store.js'),
  import('./measure-engine.js'),
  import('./workload.js'),
]);
const importMs = performance.now() - importStarted;

const loadStarted = performance.now();
const knowledge = loadKnowledge(input);
const loadMs = performance.now() - loadStarted;

const trainStarted = performance.now();
// The same store the server uses, with its default bounds (MAX_SESSIONS 10,000, 30 minutes). No answer
// cache: the workload repeats its questions, and the bench measures the pipeline, not a lookup.
const engine = createEngine(knowledge, { sessions: new MemorySessionStore({ maxSessions: 10_000, ttlMs: 30 * 60_000 }) });
const trainMs = performance.now() - trainStarted;
const rssMbAfterTrain = readProcessMemory(process.pid).rssMb;

const result: EngineProbeResult = {
  bootMs,
  importMs,
  loadMs,
  trainMs,
  rssMbAfterTrain,
  engine: await measureEngine(engine, mixedWorkload(readEvalSet(input.evalQuestions)), input),
};
reportToParent(result);
