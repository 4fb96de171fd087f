/**
 * Runs the evaluation set through an engine, exactly as a channel would:
 * each single question in a fresh conversation, each dialog in one session of
 * its own, so follow-ups are judged with the context the earlier turns left.
 */
import type { Engine } from '../pipeline/answer-question.js';
import type { EvalSet, Expectation } from './eval-set.js';
import { judge, scopeOf, type Scope } from './score-answer.js';

/** One question asked and judged; the unit every answer metric counts. */
export interface ScoredItem {
  readonly question: string;
  /** `single`, or the dialog's name. */
  readonly source: 'single' | 'dialog';
  readonly dialog?: string;
  /** Zero-based turn within its dialog; turns after 0 are follow-ups. */
  readonly turn?: number;
  /** The eval set's label for singles (paraphrase, typo, synonym…). */
  readonly kind: string;
  readonly scope: Scope;
  readonly expected: Expectation;
  readonly fallback: boolean;
  readonly cited: readonly string[];
  readonly intent: string;
  readonly confidence: number;
  readonly correct: boolean;
  readonly anyCitationCorrect: boolean;
  /** The engine's own account of why it answered or fell back. */
  readonly reason: string;
}

let runs = 0;

export type ExplainingEngine = Pick<Engine, 'explain'>;

export async function evaluateAnswers(engine: ExplainingEngine, set: EvalSet): Promise<ScoredItem[]> {
  const items: ScoredItem[] = [];
  for (const single of set.single) {
    // No sessionId: the engine opens a fresh conversation, so no earlier question leaks in.
    items.push(await ask(engine, single.q, single.expect, undefined, { source: 'single', kind: single.kind }));
  }
  // A run-unique prefix keeps two runs over one engine (and one session store) apart.
  const run = ++runs;
  for (const [index, dialog] of set.dialogs.entries()) {
    const sessionId = `eval-${run}-dialog-${index}`;
    for (const [turn, step] of dialog.turns.entries()) {
      items.push(await ask(engine, step.q, step.expect, sessionId, { source: 'dialog', dialog: dialog.name, turn, kind: turn === 0 ? 'dialog-opening' : 'follow-up' }));
    }
  }
  return items;
}

type Origin = Pick<ScoredItem, 'source' | 'dialog' | 'turn' | 'kind'>;

async function ask(engine: ExplainingEngine, question: string, expected: Expectation, sessionId: string | undefined, origin: Origin): Promise<ScoredItem> {
  const { response, trace } = await engine.explain({ question, sessionId, channel: 'eval' });
  const judgement = judge(response, expected);
  return {
    question,
    ...origin,
    scope: scopeOf(expected),
    expected,
    fallback: response.fallback,
    cited: response.citations.map((citation) => citation.id),
    intent: response.intent,
    confidence: response.confidence,
    ...judgement,
    reason: trace.reason,
  };
}
