/**
 * "When did Livorno make its request and how much money was at stake?" asks
 * two questions, and no one sentence answers both. When the whole question
 * finds no answer, each part is asked on its own, the second in the context
 * the first leaves ("and what happened?" is about the first part's answer).
 */

import { asksAQuestion } from './find-core-clause.js';

export type QuestionParts = readonly [first: string, second: string];

// A question joined by "and" or "but" (a comma before it or not): "…, and why do carriers object?".
const JOINED_QUESTION = /,?\s+(?:and|but)\s+(?=(?:what|what's|whats|who|who's|whom|whose|when|where|why|how|which)\b)/gi;

/**
 * The first two questions `text` joins, or undefined when it asks fewer. A part that asks nothing
 * ("Huawei says it is serious about security, but how much…") is context, not a question.
 */
export function questionParts(text: string): QuestionParts | undefined {
  const [first, second] = text
    .split(JOINED_QUESTION)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 2 && asksAQuestion(part));
  return first === undefined || second === undefined ? undefined : [first, second];
}
