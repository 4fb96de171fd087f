import { describe, expect, it } from 'vitest';
import { summariseAnswers } from '../../src/evaluation/answer-metrics.js';
import { confidenceHistogram } from '../../src/evaluation/confidence-histogram.js';
import { ACCURACY_GATES, checkGates } from '../../src/evaluation/gates.js';
import { judge } from '../../src/evaluation/score-answer.js';
import { scoredItem } from './scored-item.js';

const cite = (...ids: string[]) => ({ fallback: false, citations: ids.map((id) => ({ id, text: '', start: 0, end: 0 })) });

describe('judge', () => {
  it('wants an expected sentence first for an in-scope question', () => {
    expect(judge(cite('s4', 's1'), ['s4'])).toEqual({ correct: true, anyCitationCorrect: true });
    expect(judge(cite('s1', 's4'), ['s4'])).toEqual({ correct: false, anyCitationCorrect: true });
  });

  it('wants a fallback for an out-of-scope question', () => {
    expect(judge({ fallback: true, citations: [] }, 'fallback').correct).toBe(true);
    expect(judge(cite('s2'), 'fallback').correct).toBe(false);
  });

  it('wants neither citations nor a fallback for small talk', () => {
    expect(judge({ fallback: false, citations: [] }, []).correct).toBe(true);
    expect(judge({ fallback: true, citations: [] }, []).correct).toBe(false);
  });
});

describe('summariseAnswers', () => {
  const items = [
    scoredItem(['s1'], { cited: ['s1'] }),
    scoredItem(['s1'], { cited: ['s2', 's1'] }),
    scoredItem(['s3'], { fallback: true }),
    scoredItem(['s4'], { cited: ['s4'] }),
    scoredItem('fallback', { fallback: true }),
    scoredItem('fallback', { cited: ['s9'] }),
    scoredItem([], {}),
    scoredItem(['s1'], { cited: ['s1'], turn: 0 }),
    scoredItem(['s1'], { cited: ['s1'], turn: 1 }),
    scoredItem('fallback', { cited: ['s2'], turn: 2 }),
  ];
  const metrics = summariseAnswers(items);

  it('scores in-scope singles by first and by any citation', () => {
    expect(metrics.inScope).toEqual({ total: 4, firstCitationAccuracy: 0.5, anyCitationAccuracy: 0.75, coverage: 0.75 });
  });

  it('scores fallbacks by recall over out-of-scope questions and precision over all fallbacks', () => {
    expect(metrics.outOfScope).toEqual({ total: 2, fallbackRecall: 0.5, fallbackPrecision: 0.5 });
  });

  it('counts follow-ups as dialog turns after the first', () => {
    expect(metrics.followUps).toEqual({ correct: 1, total: 2, rate: 0.5 });
  });

  it('measures answer precision over single answers with citations', () => {
    expect(metrics.answerPrecision).toBe(2 / 4);
  });

  it('lists every miss, singles and dialog turns', () => {
    expect(metrics.misses).toHaveLength(4);
  });

  it('treats an empty category as met, so it fails no gate by itself', () => {
    expect(summariseAnswers([]).followUps.rate).toBe(1);
  });
});

describe('checkGates', () => {
  it('passes each gate at its minimum and fails it just below', () => {
    const atMinimum = summariseAnswers([
      ...Array.from({ length: 19 }, () => scoredItem(['s1'], { cited: ['s1'] })),
      scoredItem(['s1'], { fallback: true }),
      ...Array.from({ length: 20 }, () => scoredItem('fallback', { fallback: true })),
      ...Array.from({ length: 9 }, () => scoredItem(['s1'], { cited: ['s1'], turn: 1 })),
      scoredItem(['s1'], { cited: ['s2'], turn: 1 }),
    ]);
    expect(checkGates(atMinimum).map((gate) => [gate.gate, gate.passed])).toEqual([
      ['inScopeFirstCitation', true],
      ['outOfScopeFallback', true],
      ['followUps', true],
    ]);
    const below = checkGates(atMinimum, { ...ACCURACY_GATES, followUps: 0.91 });
    expect(below.find((gate) => gate.gate === 'followUps')).toMatchObject({ passed: false, actual: 0.9, minimum: 0.91 });
  });
});

describe('confidenceHistogram', () => {
  it('bins answers with citations by confidence, right and wrong apart', () => {
    const bins = confidenceHistogram([
      scoredItem(['s1'], { cited: ['s1'], confidence: 0.95 }),
      scoredItem(['s1'], { cited: ['s1'], confidence: 1 }),
      scoredItem(['s1'], { cited: ['s2'], confidence: 0.42 }),
      scoredItem(['s1'], { fallback: true, confidence: 0.1 }),
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[9]).toMatchObject({ correct: 2, wrong: 0 });
    expect(bins[4]).toMatchObject({ correct: 0, wrong: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.correct + bin.wrong, 0)).toBe(3);
  });
});
