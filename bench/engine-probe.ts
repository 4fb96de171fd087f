/**
 * Probe: in a fresh process, loads one knowledge base, trains the engine and
 * measures `ask` latency. The bench runs it for the real knowledge base and
 * for each synthetic size. Timings are split so growth shows where it goes.
 * For the real knowledge base it also times the hostile corpus and counts
 * the answer cache's hit rate on conversations.
 */
import { readProcessMemory } from './proc-status.js';
import { probeInput, reportToParent } from './run-probe.js';
import type { EngineLoad, EngineMeasurement, HostileMeasurement } from './measure-engine.js';

export interface EngineProbeInput extends EngineLoad {
  readonly knowledgeDir: string;
  readonly intentsDir: string;
  readonly evalQuestions: string;
  /** Hostile questions of each kind to time; 0 skips the hostile corpus. */
  readonly hostilePerKind: number;
  /** Whether to count the answer cache's hit rate on the evaluation dialogs. */
  readonly countCacheShare: boolean;
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
  /** Null when not asked for. */
  readonly hostile: HostileMeasurement | null;
  /** Share of the conversation workload's turns the answer cache answers; null when not asked for. */
  readonly conversationCacheShare: number | null;
}

/** Each hostile question's time is the median of this many asks; its first ask, of this many fresh engines. */
const HOSTILE_REPETITIONS = 5;

const bootMs = performance.now();
const input = probeInput<EngineProbeInput>();

const importStarted = performance.now();
const [
  { loadKnowledge },
  { createEngine },
  { MemorySessionStore },
  { conversationCacheShare, measureEngine, measureHostile },
  { mixedWorkload, readEvalSet },
  { ContextCountingStore },
  { hostileQuestions },
] = await Promise.all([
  import('../src/knowledge/load-knowledge.js'),
  import('../src/pipeline/answer-question.js'),
  import('../src/conversation/session-store.js'),
  import('./measure-engine.js'),
  import('./workload.js'),
  import('./context-counting-store.js'),
  import('./hostile-questions.js'),
]);
const importMs = performance.now() - importStarted;

const loadStarted = performance.now();
const knowledge = loadKnowledge(input);
const loadMs = performance.now() - loadStarted;

const trainStarted = performance.now();
// The same store the server uses, with its default bounds (MAX_SESSIONS 10,000, 30 minutes). No answer
// cache: the workload repeats its questions, and the bench measures the pipeline, not a lookup.
const sessions = new ContextCountingStore(new MemorySessionStore({ maxSessions: 10_000, ttlMs: 30 * 60_000 }));
const engine = createEngine(knowledge, { sessions });
const trainMs = performance.now() - trainStarted;
const rssMbAfterTrain = readProcessMemory(process.pid).rssMb;

const evalSet = readEvalSet(input.evalQuestions);
const measured = await measureEngine(engine, mixedWorkload(evalSet), input);
/** A new engine that has answered the workload once, as a server has before an attacker arrives. */
async function warmedEngine() {
  const fresh = createEngine(knowledge, { sessions: new MemorySessionStore({ maxSessions: 10_000, ttlMs: 30 * 60_000 }) });
  for (const item of mixedWorkload(evalSet)) await fresh.ask({ question: item.question, sessionId: `warm-${item.conversation}`, channel: 'bench' });
  return fresh;
}

/** Words of the article, for the hostile corpus's misspellings and repetitions. */
const articleWords = () => [...new Set(knowledge.sentences.flatMap((sentence) => sentence.text.toLowerCase().match(/\p{L}+/gu) ?? []))];
const result: EngineProbeResult = {
  bootMs,
  importMs,
  loadMs,
  trainMs,
  rssMbAfterTrain,
  engine: measured,
  hostile: input.hostilePerKind > 0 ? await measureHostile(warmedEngine, hostileQuestions(articleWords(), input.hostilePerKind), HOSTILE_REPETITIONS) : null,
  conversationCacheShare: input.countCacheShare ? await conversationCacheShare(engine, sessions, evalSet.dialogs) : null,
};
reportToParent(result);
