import { describe, expect, it } from 'vitest';
import { SMALL_TALK_REPLIES } from '../../src/language/en/small-talk.js';
import { composeAnswer } from '../../src/pipeline/compose-answer.js';
import { factNamed, knowledge } from './mini-stages.js';

describe('compose answer', () => {
  it("quotes the fact's sentences exactly, with their offsets in the article", () => {
    const composed = composeAnswer({ kind: 'answer', fact: factNamed('sales'), aspect: 'any', confidence: 0.9, reason: 'test' }, knowledge);
    expect(composed).toMatchObject({ answer: factNamed('sales').answer, intent: 'finance.sales', confidence: 0.9, fallback: false });
    expect(composed.citations.map((citation) => citation.id)).toEqual(['s2', 's1']);
    for (const citation of composed.citations) expect(knowledge.article.slice(citation.start, citation.end)).toBe(citation.text);
  });

  it('suggests the other questions of the same intent or the defaults, never the one just answered', () => {
    const answeredProfit = composeAnswer({ kind: 'answer', fact: factNamed('profit'), aspect: 'any', confidence: 1, reason: 'test' }, knowledge);
    expect(answeredProfit.suggestions).toEqual([]);
    const answeredFactory = composeAnswer({ kind: 'answer', fact: factNamed('factory'), aspect: 'any', confidence: 1, reason: 'test' }, knowledge);
    expect(answeredFactory.suggestions).toEqual(knowledge.replies.suggestions);
  });

  it("replies to small talk the engine's way where the article's replies.json gives no reply of its own", () => {
    const composed = composeAnswer({ kind: 'smalltalk', intent: 'smalltalk.thanks', confidence: 1, reason: 'test' }, knowledge);
    expect(knowledge.replies.smalltalk['smalltalk.thanks']).toBeUndefined();
    expect(composed).toMatchObject({ answer: SMALL_TALK_REPLIES['smalltalk.thanks'], citations: [], fallback: false });
  });

  it('replies to small talk from replies.json, with no citations', () => {
    const composed = composeAnswer({ kind: 'smalltalk', intent: 'smalltalk.greeting', confidence: 1, reason: 'test' }, knowledge);
    expect(composed).toMatchObject({ answer: knowledge.replies.smalltalk['smalltalk.greeting'], citations: [], fallback: false });
  });

  it('says what kind of answer the article lacks when it lacks one', () => {
    const composed = composeAnswer({ kind: 'fallback', confidence: 0.2, reason: 'test', nearest: [factNamed('factory')], missing: 'time' }, knowledge);
    expect(composed).toMatchObject({ answer: knowledge.replies.fallbackWithTopic.replace('{topic}', 'when'), fallback: true, citations: [] });
    expect(composed.suggestions[0]).toBe(factNamed('factory').questions[0]);
  });

  it('gives a figure in another currency only as the article states it, quoting that sentence', () => {
    const fact = factNamed('profit');
    const number = { ...fact.numbers[0]!, currency: 'GBP' as const, value: 0.8 };
    const composed = composeAnswer({ kind: 'conversion', fact, number, confidence: 1, reason: 'test' }, knowledge);
    expect(composed.answer).toBe("In pounds, that is £0.8 billion (Acme's profit last year).");
    expect(composed.citations.map((citation) => citation.id)).toEqual(['s3']);
  });
});
