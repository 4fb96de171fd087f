/**
 * Compose stage: turns a decision into the response the channels send, quoting the
 * article's sentences with their offsets, and suggesting what to ask next.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import { SMALL_TALK_REPLIES } from '../language/en/small-talk.js';
import type { Fact, FactNumber } from '../knowledge/schemas.js';
import { TYPE_WORDS, type Decision } from './decide.js';
import { CAPABILITIES_INTENT } from './detect-small-talk.js';
import type { AnswerType, AskResponse, Citation, Currency } from './types.js';

/** A response without its session id, which the engine adds. */
export type Composed = Omit<AskResponse, 'sessionId'>;

const MAX_SUGGESTIONS = 3;
export const FALLBACK_INTENT = 'fallback';

export function composeAnswer(decision: Decision, knowledge: KnowledgeBase): Composed {
  switch (decision.kind) {
    case 'answer': {
      const aspect = decision.fact.aspects?.[decision.aspect];
      return {
        answer: aspect?.answer ?? decision.fact.answer,
        intent: decision.fact.intent,
        confidence: decision.confidence,
        fallback: false,
        citations: cite(aspect?.citations ?? decision.fact.citations, knowledge),
        suggestions: relatedQuestions(decision.fact, knowledge),
      };
    }
    case 'smalltalk':
      return {
        answer: smallTalkReply(decision.intent, knowledge),
        intent: decision.intent,
        confidence: decision.confidence,
        fallback: false,
        citations: [],
        suggestions: knowledge.replies.suggestions.slice(0, MAX_SUGGESTIONS),
      };
    case 'conversion':
      return composeConversion(decision.number, decision.fact, knowledge);
    case 'fallback':
      return composeFallback(knowledge, decision.confidence, decision.nearest, decision.missing, decision.reply);
  }
}

/** "The article doesn't say", with questions about the nearest things it does say. */
function composeFallback(
  knowledge: KnowledgeBase,
  confidence: number,
  nearest: readonly Fact[],
  missing?: AnswerType,
  answer?: string,
): Composed {
  const { replies } = knowledge;
  const suggestions = unique([...nearest.map((fact) => fact.questions[0] ?? ''), ...replies.suggestions]).slice(0, MAX_SUGGESTIONS);
  return {
    answer: answer ?? (missing === undefined || missing === 'any' ? replies.fallback : replies.fallbackWithTopic.replace('{topic}', TYPE_WORDS[missing])),
    intent: FALLBACK_INTENT,
    confidence,
    fallback: true,
    citations: [],
    suggestions,
  };
}

/** The answer to "how much is that in pounds?": the same figure as the article states it in that currency. */
function composeConversion(number: FactNumber, fact: Fact, knowledge: KnowledgeBase): Composed {
  return {
    answer: `In ${CURRENCY_NAMES[number.currency ?? 'USD']}, that is ${formatAmount(number)} (${number.measures}).`,
    intent: fact.intent,
    confidence: 1,
    fallback: false,
    citations: cite([number.sentence], knowledge),
    suggestions: relatedQuestions(fact, knowledge),
  };
}

export const CURRENCY_NAMES: Record<Currency, string> = { GBP: 'pounds', USD: 'US dollars', EUR: 'euros', CNY: 'yuan' };

function formatAmount({ value, scale, currency }: FactNumber): string {
  const amount = [value, scale].filter(Boolean).join(' ');
  return currency === 'GBP' ? `£${amount}` : `${amount} US dollars`;
}

/** The article's reply to a small-talk intent, else the engine's; an intent with neither gets the capabilities reply. */
function smallTalkReply(intent: string, { replies }: KnowledgeBase): string {
  const own = (name: string) => replies.smalltalk[name] ?? SMALL_TALK_REPLIES[name];
  return own(intent) ?? own(CAPABILITIES_INTENT) ?? '';
}

function cite(ids: readonly string[], { sentenceById }: KnowledgeBase): Citation[] {
  return ids.flatMap((id) => {
    const sentence = sentenceById.get(id);
    return sentence === undefined ? [] : [{ id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end }];
  });
}

/** Other facts of the same intent first, then the default suggestions. */
function relatedQuestions(fact: Fact, { facts, replies }: KnowledgeBase): string[] {
  const sameIntent = facts.filter((other) => other.intent === fact.intent && other.id !== fact.id).map((other) => other.questions[0] ?? '');
  const own = new Set(fact.questions);
  return unique([...sameIntent, ...replies.suggestions]).filter((question) => !own.has(question)).slice(0, MAX_SUGGESTIONS);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}
