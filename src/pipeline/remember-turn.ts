/**
 * After an answer: what the conversation remembers for the next question
 * (the fact, its intent, the people mentioned for "he" and "she", the
 * question for a fragment to join, the facts given for "What else?").
 */
import type { ConversationContext } from '../conversation/session-store.js';
import type { Fact } from '../knowledge/schemas.js';
import type { NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** How many facts a conversation remembers giving, for "What else?". */
const REMEMBERED_ANSWERS = 10;
/** How many people a conversation remembers, most recent first. */
const REMEMBERED_PEOPLE = 5;

export function rememberTurn(context: ConversationContext | undefined, fact: Fact, question: NormalizedQuestion, vocabulary: Vocabulary): ConversationContext {
  const isPerson = (id: string) => vocabulary.entities.get(id)?.category === 'person';
  const mentioned = [...question.entities.filter(isPerson), ...fact.entities.filter(isPerson)];
  return {
    factId: fact.id,
    intent: fact.intent,
    people: [...new Set([...mentioned, ...(context?.people ?? [])])].slice(0, REMEMBERED_PEOPLE),
    question: question.text,
    answered: [...new Set([fact.id, ...(context?.answered ?? [])])].slice(0, REMEMBERED_ANSWERS),
  };
}
