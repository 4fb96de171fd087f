/**
 * Follow-up stage for "How much is that in pounds?": the figure the article
 * itself gives in that currency, for the figure the question names or else
 * the last answer's. The bot never converts at a rate of its own.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import { CURRENCY_NAMES } from './compose-answer.js';
import type { Decision } from './decide.js';
import type { Currency, NormalizedQuestion } from './types.js';

export function convertFigure(question: NormalizedQuestion, currency: Currency, lastFact: Fact | undefined, knowledge: KnowledgeBase): Decision {
  const asked = question.numbers.find((number) => number.currency !== currency);
  const sources = asked === undefined ? (lastFact ? [lastFact] : []) : knowledge.facts;
  for (const fact of sources) {
    const from = fact.numbers.find((n) => n.currency !== undefined && n.currency !== currency && (asked === undefined || n.value === asked.value));
    const to = fact.numbers.find((n) => n.currency === currency && (from === undefined || n.measures === from.measures));
    // The article states both figures, so the conversion is as sure as the quote.
    if (to !== undefined && (asked === undefined || from !== undefined)) return { kind: 'conversion', fact, number: to, confidence: 1, reason: `converted from ${fact.id}` };
  }
  return {
    kind: 'fallback',
    confidence: 0,
    reason: 'no figure in that currency',
    nearest: lastFact ? [lastFact] : [],
    reply: knowledge.replies.conversionMissing.replace('{currency}', CURRENCY_NAMES[currency]),
  };
}
