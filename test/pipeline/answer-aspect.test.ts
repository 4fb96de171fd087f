import { describe, expect, it } from 'vitest';
import { answerAspect } from '../../src/pipeline/answer-aspect.js';
import { DEFAULT_SCORING } from '../../src/pipeline/scoring.js';
import { HUAWEI, ITALY } from '../support/articles.js';
import { stagesOver } from './mini-stages.js';

const { knowledge } = stagesOver(HUAWEI);
const italy = stagesOver(ITALY).knowledge;
const fact = (id: string) => {
  const found = knowledge.factById.get(id);
  if (found === undefined) throw new Error(`the article has no fact ${id}`);
  return found;
};
const answered = (lastFact: string, type: Parameters<typeof answerAspect>[1]) => {
  const decision = answerAspect(fact(lastFact), type, 'statement', knowledge, DEFAULT_SCORING);
  return decision.kind === 'answer' ? decision.fact.id : decision.kind;
};

describe('answer aspect (the article)', () => {
  it('answers "When?" from the last fact when it says when', () => {
    expect(answered('cfo-arrest', 'time')).toBe('cfo-arrest');
  });

  it('answers "Compared to which year?" from the last fact when its answer dates what it says, though not listed as a "when" fact', () => {
    expect(fact('sales-growth').answers).not.toContain('time');
    expect(answered('sales-growth', 'time')).toBe('sales-growth');
  });

  it('answers "How much?" from the next sentence when it carries the statement on ("He noted … $2bn")', () => {
    expect(answered('guo-response-regulators', 'quantity')).toBe('software-investment');
  });

  it('answers "What is it for?" from the next sentence when it names again, with "the", what the last one introduced', () => {
    // s12: "Huawei is a global leader in … 5G"; s13: "The technology is intended to …".
    expect(answered('5g-leader', 'reason')).toBe('5g-uses');
  });

  it('answers "Why?" from a next sentence in which "that" stands for what the last one said ("Carriers complain that would…")', () => {
    expect(answered('countries-curbs', 'reason')).toBe('carriers-complain');
  });

  it('does not look past a next sentence that starts a topic of its own', () => {
    // s29 (the profit) is followed by "Mr Guo blamed weak network gear sales …", which does not point back.
    expect(answered('profit', 'reason')).toBe('fallback');
  });
});

describe('answer aspect (the Italy article)', () => {
  it('does not carry on to a next sentence that brings in someone new after "the" ("The secularist magazine MicroMega…")', () => {
    const concerned = italy.factById.get('secularists-concerned');
    if (concerned === undefined) throw new Error('the Italy article has no fact secularists-concerned');
    expect(answerAspect(concerned, 'person', 'statement', italy, DEFAULT_SCORING).kind).toBe('fallback');
  });
});
