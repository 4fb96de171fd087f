/**
 * An engine trained on its first question. A server with many articles then
 * starts in the time its default article takes to train, and holds in memory
 * only the articles readers ask about; the first question about another
 * article waits for that article's training once (a fifth of a second for
 * the articles here). Its knowledge is loaded, and so validated, at once:
 * a broken knowledge file still stops the start.
 */
import type { KnowledgeBase } from './knowledge/load-knowledge.js';
import type { Engine } from './pipeline/answer-question.js';

export function lazyEngine(knowledge: KnowledgeBase, train: () => Engine): Engine {
  let engine: Engine | undefined;
  const trained = () => (engine ??= train());
  return {
    knowledge,
    ask: async (input) => trained().ask(input),
    explain: async (input) => trained().explain(input),
  };
}
