import { describe, expect, it } from 'vitest';
import { recommend, sweepThreshold, type SweepPoint } from '../../src/evaluation/calibration.js';
import type { ExplainingEngine } from '../../src/evaluation/evaluate-answers.js';
import type { EvalSet } from '../../src/evaluation/eval-set.js';
import type { Trace } from '../../src/pipeline/answer-question.js';
import { DEFAULT_THRESHOLDS, type DecisionThresholds } from '../../src/pipeline/decide.js';

const point = (value: number, coverage: number, precision: number, fallbackRecall = 1): SweepPoint => ({ value, coverage, precision, inScopeAccuracy: 1, fallbackRecall });

describe('recommend', () => {
  it('picks the most coverage among values meeting the precision target', () => {
    expect(recommend([point(0.3, 1, 0.8), point(0.5, 0.9, 0.95), point(0.7, 0.6, 1)], 0.95, 0.3)).toBe(0.5);
  });

  it('breaks a coverage tie towards the value in use', () => {
    expect(recommend([point(0.4, 0.9, 0.96), point(0.5, 0.9, 0.97), point(0.6, 0.9, 0.99)], 0.95, 0.6)).toBe(0.6);
  });

  it('never recommends a value that fails a gate, however much it covers', () => {
    // At 0.4 the bot refuses 94.5% of off-topic questions, below the 95% gate.
    expect(recommend([point(0.4, 1, 0.97, 0.945), point(0.6, 0.95, 0.97, 0.97)], 0.95, 0.6)).toBe(0.6);
  });

  it('recommends nothing when no value reaches the target', () => {
    expect(recommend([point(0.3, 1, 0.5)], 0.95, 0.3)).toBeUndefined();
  });
});

/**
 * A stand-in engine: question "q<confidence>" answers s1 with that confidence
 * unless it is below minConfidence; "in" questions expect s1, "out" ones a fallback.
 */
function fakeEngine(thresholds: DecisionThresholds): ExplainingEngine {
  return {
    async explain({ question }) {
      const confidence = Number(question.split(' ')[1]);
      const fallback = confidence < thresholds.minConfidence;
      const response = { sessionId: 'x', answer: '', intent: 'i', confidence, fallback, citations: fallback ? [] : [{ id: 's1', text: '', start: 0, end: 0 }], suggestions: [] };
      return { response, trace: { reason: 'fake' } as unknown as Trace };
    },
  };
}

describe('sweepThreshold', () => {
  const set: EvalSet = {
    single: [
      { q: 'in 0.9', expect: ['s1'], kind: 'k' },
      { q: 'in 0.6', expect: ['s1'], kind: 'k' },
      { q: 'out 0.45', expect: 'fallback', kind: 'k' },
    ],
    dialogs: [{ name: 'ignored by the sweep', turns: [{ q: 'in 0.1', expect: ['s1'] }] }],
  };

  it('runs an engine per value and reports coverage against precision', async () => {
    const sweep = await sweepThreshold(fakeEngine, set, 'minConfidence', { ...DEFAULT_THRESHOLDS, minConfidence: 0.42 }, 0.95);
    const at = (value: number) => sweep.points.find((p) => p.value === value);
    expect(sweep.current).toBe(0.42);
    expect(at(0.42)).toMatchObject({ coverage: 1, precision: 2 / 3, fallbackRecall: 0 });
    expect(at(0.5)).toMatchObject({ coverage: 1, precision: 1, fallbackRecall: 1 });
    expect(at(0.65)).toMatchObject({ coverage: 0.5, precision: 1 });
    expect(sweep.recommended).toBe(0.5);
  });
});
