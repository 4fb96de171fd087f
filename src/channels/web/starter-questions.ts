/**
 * The questions the widget offers before the reader asks anything: the
 * knowledge base's default suggestions (`replies.json`), topped up with its
 * facts' own first questions, so every starter is one the bot answers.
 */
import type { KnowledgeBase } from '../../knowledge/load-knowledge.js';

export const STARTER_COUNT = 3;

export function starterQuestions({ replies, facts }: KnowledgeBase, count: number = STARTER_COUNT): string[] {
  const candidates = [...replies.suggestions, ...facts.map((fact) => fact.questions[0] ?? '')];
  return [...new Set(candidates.filter(Boolean))].slice(0, count);
}
