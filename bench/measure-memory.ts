/**
 * Memory under use, measured by `memory-probe.ts` in a fresh process with the
 * start script's Node flags (the V8 heap settings `npm start` gives the bot)
 * and `--expose-gc`.
 */
import { join } from 'node:path';
import type { MemoryProbeInput, MemoryProbeResult } from './memory-probe.js';
import { BENCH_DIR, EVAL_QUESTIONS } from './paths.js';
import { runProbe } from './run-probe.js';
import { readStartCommand } from './start-command.js';

export interface MemoryMeasurement extends MemoryProbeResult {
  readonly questions: number;
  readonly sessions: number;
  readonly overflowQuestions: number;
  /** Most sessions the store held at any checkpoint or sample. */
  readonly maxSessionsHeld: number;
  /** The Node flags the probe ran with. */
  readonly nodeFlags: readonly string[];
}

export type MemoryLoad = Omit<MemoryProbeInput, 'evalQuestions'>;

export async function measureMemory(load: MemoryLoad, timeoutMs: number): Promise<MemoryMeasurement> {
  const input: MemoryProbeInput = { ...load, evalQuestions: EVAL_QUESTIONS };
  const nodeFlags = [...readStartCommand().nodeFlags, '--expose-gc'];
  const result = await runProbe<MemoryProbeResult>(join(BENCH_DIR, 'memory-probe.ts'), input, { nodeFlags, timeoutMs });
  const held = [result.afterStartup, result.afterLoad, result.afterOverflow, ...result.samples].map((point) => point.sessionsHeld);
  return {
    ...result,
    questions: load.questions,
    sessions: load.sessions,
    overflowQuestions: load.overflowQuestions,
    maxSessionsHeld: Math.max(...held),
    nodeFlags,
  };
}
