/**
 * Decides whether an answered question belongs in the unanswered log and
 * writes it. Either call it after each answer:
 *
 *   void recordIfUnanswered(unansweredLog, input, response, trace);
 *
 * or wrap the engine once, where it is built, so every channel records:
 *
 *   const engine = withUnansweredLog(createEngine(...), createUnansweredLog({ dataDir: config.dataDir }));
 *
 * It never rejects: a full disk must cost the curator a log line, not the
 * user an answer.
 */
import type { Engine, Trace } from '../pipeline/answer-question.js';
import type { AskInput, AskResponse, ChannelName } from '../pipeline/types.js';
import type { UnansweredLog, UnansweredRecord } from './unanswered-log.js';

/** Answers below this confidence are logged too: they were given, but barely. */
export const LOW_CONFIDENCE = 0.6;
/** Our own measurement runs: their questions are test data, not curation work. */
const UNRECORDED_CHANNELS: ReadonlySet<ChannelName> = new Set(['eval', 'bench']);
/** Candidates kept per record: enough to see the nearest facts, small enough to keep lines short. */
const CANDIDATES_KEPT = 3;

export interface RecordOptions {
  readonly lowConfidence?: number;
  /** Told when a write fails; defaults to a process warning. */
  readonly onError?: (error: unknown) => void;
  readonly now?: () => Date;
}

/** Whether a response is a fallback or a cited answer with low confidence (small talk never is). */
export function isUnanswered(response: AskResponse, lowConfidence = LOW_CONFIDENCE): boolean {
  return response.fallback || (response.citations.length > 0 && response.confidence < lowConfidence);
}

/** Appends the question when it went unanswered; resolves to whether it was written. */
export async function recordIfUnanswered(
  log: UnansweredLog,
  input: AskInput,
  response: AskResponse,
  trace: Pick<Trace, 'candidates'>,
  options: RecordOptions = {},
): Promise<boolean> {
  if (!isUnanswered(response, options.lowConfidence) || (input.channel !== undefined && UNRECORDED_CHANNELS.has(input.channel))) return false;
  try {
    await log.append(toRecord(input, response, trace, (options.now ?? (() => new Date()))()));
    return true;
  } catch (error) {
    (options.onError ?? ((e: unknown) => process.emitWarning(`unanswered log: ${(e as Error).message}`)))(error);
    return false;
  }
}

function toRecord(input: AskInput, response: AskResponse, trace: Pick<Trace, 'candidates'>, time: Date): UnansweredRecord {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    time: time.toISOString(),
    channel: input.channel ?? 'unknown',
    question: input.question,
    fallback: response.fallback,
    intent: response.intent,
    confidence: response.confidence,
    candidates: trace.candidates.slice(0, CANDIDATES_KEPT).map((candidate) => ({
      factId: candidate.fact.id,
      score: round(candidate.score),
      fuseScore: round(candidate.match.fuseScore),
      coverage: round(candidate.match.coverage),
      objections: candidate.objections,
    })),
  };
}

/** The same engine, recording every unanswered question it is asked in the background. */
export function withUnansweredLog(engine: Engine, log: UnansweredLog, options: RecordOptions = {}): Engine {
  const explain: Engine['explain'] = async (input) => {
    const result = await engine.explain(input);
    void recordIfUnanswered(log, input, result.response, result.trace, options);
    return result;
  };
  return { ...engine, explain, ask: async (input) => (await explain(input)).response };
}
