/**
 * The product's accuracy promise over the real knowledge/huawei/, intents/huawei/ and the
 * tuning questions of test/eval/huawei/, through the same scoring code and the
 * same gate numbers as `npm run eval`. First-sight batches are reported, not
 * gated: they measure, and fixing against them would stop that.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summariseAnswers, type AnswerMetrics } from '../../src/evaluation/answer-metrics.js';
import { createEvalEngine } from '../../src/evaluation/eval-engine.js';
import { loadEvalSet } from '../../src/evaluation/eval-set.js';
import { evaluateAnswers } from '../../src/evaluation/evaluate-answers.js';
import { ACCURACY_GATES, checkGates, type GateName } from '../../src/evaluation/gates.js';
import { describeMiss } from '../../src/evaluation/report-terminal.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { HUAWEI } from '../support/articles.js';

const QUESTIONS = new URL('../eval/huawei/tuning', import.meta.url).pathname;

/** Which misses count against each gate, to list them when it fails. */
const MISSES_OF: Record<GateName, (miss: AnswerMetrics['misses'][number]) => boolean> = {
  inScopeFirstCitation: (miss) => miss.source === 'single' && miss.scope === 'in-scope',
  outOfScopeFallback: (miss) => miss.source === 'single' && miss.scope === 'out-of-scope',
  followUps: (miss) => miss.source === 'dialog' && (miss.turn ?? 0) > 0,
};

describe('accuracy on the evaluation set', () => {
  let metrics: AnswerMetrics;
  beforeAll(async () => {
    const knowledge = loadKnowledge(HUAWEI);
    metrics = summariseAnswers(await evaluateAnswers(createEvalEngine(knowledge), loadEvalSet(QUESTIONS)));
  });

  it.each(Object.keys(ACCURACY_GATES) as GateName[])('meets the %s gate', (name) => {
    const gate = checkGates(metrics).find((result) => result.gate === name);
    const misses = metrics.misses.filter(MISSES_OF[name]).map(describeMiss).join('\n');
    expect(gate?.actual, `${name} is ${gate?.actual.toFixed(3)}, below ${gate?.minimum}; misses:\n${misses}`).toBeGreaterThanOrEqual(ACCURACY_GATES[name]);
  });
});
