/**
 * Can each fact be reached? Asks every paraphrase a fact lists, each in a
 * fresh conversation, and records which fact answered. A fact that none of
 * its own paraphrases reach can never be the answer; one reached by fewer
 * than three is fragile, one reworded question away from being lost.
 */
import type { Fact } from '../knowledge/schemas.js';
import type { ExplainingEngine } from './evaluate-answers.js';

/** Fewer paraphrases than this reaching a fact flags it. */
export const MIN_REACHING_PARAPHRASES = 3;

export interface ParaphraseMiss {
  /** Index in the fact's `questions`. */
  readonly index: number;
  readonly question: string;
  /** The fact that answered instead, or undefined for a fallback or small-talk reply. */
  readonly answeredBy: string | undefined;
  readonly reason: string;
}

export interface FactReachability {
  readonly factId: string;
  readonly intent: string;
  /** Index of the fact in facts.json, for messages naming `facts[i]`. */
  readonly index: number;
  readonly paraphrases: number;
  /** Paraphrases answered with this fact. */
  readonly reachedBy: number;
  readonly reachable: boolean;
  /** Reached by fewer than `MIN_REACHING_PARAPHRASES`. */
  readonly flagged: boolean;
  readonly misses: readonly ParaphraseMiss[];
}

export async function measureReachability(engine: ExplainingEngine, facts: readonly Fact[]): Promise<FactReachability[]> {
  const results: FactReachability[] = [];
  for (const [index, fact] of facts.entries()) {
    const misses: ParaphraseMiss[] = [];
    for (const [questionIndex, question] of fact.questions.entries()) {
      const answeredBy = await answeringFact(engine, question);
      if (answeredBy.factId !== fact.id) misses.push({ index: questionIndex, question, answeredBy: answeredBy.factId, reason: answeredBy.reason });
    }
    const reachedBy = fact.questions.length - misses.length;
    results.push({
      factId: fact.id,
      intent: fact.intent,
      index,
      paraphrases: fact.questions.length,
      reachedBy,
      reachable: reachedBy > 0,
      flagged: reachedBy < MIN_REACHING_PARAPHRASES,
      misses,
    });
  }
  return results;
}

/** The fact behind the answer to a fresh question, as the engine's trace names it. */
async function answeringFact(engine: ExplainingEngine, question: string): Promise<{ factId: string | undefined; reason: string }> {
  const { trace } = await engine.explain({ question, channel: 'eval' });
  return { factId: trace.answeredBy, reason: trace.reason };
}
