/** Builds judged answers for tests of the metrics, with only the fields a test cares about given. */
import type { ScoredItem } from '../../src/evaluation/evaluate-answers.js';
import { judge, scopeOf } from '../../src/evaluation/score-answer.js';
import type { Expectation } from '../../src/evaluation/eval-set.js';

export function scoredItem(expected: Expectation, got: { fallback?: boolean; cited?: string[]; confidence?: number; turn?: number }): ScoredItem {
  const fallback = got.fallback ?? false;
  const cited = got.cited ?? [];
  const citations = cited.map((id) => ({ id, text: '', start: 0, end: 0 }));
  return {
    question: `question expecting ${JSON.stringify(expected)}`,
    source: got.turn === undefined ? 'single' : 'dialog',
    ...(got.turn === undefined ? {} : { dialog: 'a dialog', turn: got.turn }),
    kind: 'paraphrase',
    scope: scopeOf(expected),
    expected,
    fallback,
    cited,
    intent: 'some.intent',
    confidence: got.confidence ?? 0.8,
    ...judge({ fallback, citations }, expected),
    reason: 'test',
  };
}
