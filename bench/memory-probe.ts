/**
 * Probe (run with `--expose-gc`): builds the bot exactly as the server does,
 * then asks many questions over many sessions and watches resident memory.
 * A second phase sends questions from brand-new sessions past MAX_SESSIONS,
 * to show the store stays bounded rather than growing with every visitor.
 */
import { createBot } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { readProcessMemory } from './proc-status.js';
import { probeInput, reportToParent } from './run-probe.js';
import { mixedWorkload, readEvalSet, type WorkItem } from './workload.js';

export interface MemoryProbeInput {
  readonly evalQuestions: string;
  readonly questions: number;
  readonly sessions: number;
  readonly overflowQuestions: number;
  readonly sampleEvery: number;
  readonly maxSessions: number | undefined;
}

export interface MemorySample {
  readonly questions: number;
  readonly rssMb: number;
  readonly sessionsHeld: number;
}

export interface MemoryCheckpoint {
  readonly rssMb: number;
  /** V8 heap in use after a full garbage collection: live data only. */
  readonly heapUsedMbAfterGc: number;
  readonly sessionsHeld: number;
}

export interface MemoryProbeResult {
  readonly maxSessions: number;
  readonly afterStartup: MemoryCheckpoint;
  readonly afterLoad: MemoryCheckpoint;
  readonly afterOverflow: MemoryCheckpoint;
  /** Highest RSS the process reached (`VmHWM`). */
  readonly peakRssMb: number;
  readonly samples: readonly MemorySample[];
  readonly elapsedMs: number;
}

const input = probeInput<MemoryProbeInput>();
const gc = globalThis.gc;
if (gc === undefined) throw new Error('bench: memory-probe needs `node --expose-gc`.');

const env = { ...process.env, LOG_LEVEL: 'silent', ...(input.maxSessions === undefined ? {} : { MAX_SESSIONS: String(input.maxSessions) }) };
const config = loadConfig(env);
const { engine, sessions } = createBot(config);
const workload = mixedWorkload(readEvalSet(input.evalQuestions));

async function checkpoint(): Promise<MemoryCheckpoint> {
  gc?.();
  const rssMb = readProcessMemory(process.pid).rssMb;
  return { rssMb, heapUsedMbAfterGc: process.memoryUsage().heapUsed / 2 ** 20, sessionsHeld: await sessions.count() };
}

async function ask(count: number, sessionOf: (i: number) => string, samples: MemorySample[], offset: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const item = workload[i % workload.length] as WorkItem;
    await engine.ask({ question: item.question, sessionId: sessionOf(i), channel: 'bench' });
    if ((i + 1) % input.sampleEvery === 0) {
      samples.push({ questions: offset + i + 1, rssMb: readProcessMemory(process.pid).rssMb, sessionsHeld: await sessions.count() });
    }
  }
}

const started = performance.now();
const samples: MemorySample[] = [];
const afterStartup = await checkpoint();
// Session i % N: every session asks every N-th question, so all N conversations stay live throughout.
await ask(input.questions, (i) => `user-${i % input.sessions}`, samples, 0);
const afterLoad = await checkpoint();
await ask(input.overflowQuestions, (i) => `visitor-${i}`, samples, input.questions);
const afterOverflow = await checkpoint();

const result: MemoryProbeResult = {
  maxSessions: config.maxSessions,
  afterStartup,
  afterLoad,
  afterOverflow,
  peakRssMb: readProcessMemory(process.pid).peakRssMb,
  samples,
  elapsedMs: performance.now() - started,
};
await sessions.close();
reportToParent(result);
