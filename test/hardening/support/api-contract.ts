/**
 * The documented contract of a `POST /api/ask` answer, as a checker that
 * lists every way a response breaks it (empty when it keeps it). Plain code
 * rather than a chain of `expect`s, so fuzzing thousands of responses stays fast.
 */
import type { KnowledgeBase } from '../../../src/knowledge/load-knowledge.js';

const RESPONSE_KEYS = ['answer', 'citations', 'confidence', 'fallback', 'intent', 'sessionId', 'suggestions'].join();
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export function contractProblems(response: unknown, knowledge: KnowledgeBase, sessionId?: string): string[] {
  if (typeof response !== 'object' || response === null) return ['not an object'];
  const r = response as Record<string, unknown>;
  const problems: string[] = [];
  const fail = (problem: string) => problems.push(problem);
  if (Object.keys(r).sort().join() !== RESPONSE_KEYS) fail(`fields ${Object.keys(r).sort().join()}`);
  if (typeof r.sessionId !== 'string' || !SESSION_ID.test(r.sessionId)) fail(`sessionId ${String(r.sessionId)}`);
  if (sessionId !== undefined && r.sessionId !== sessionId) fail(`sessionId ${String(r.sessionId)} is not ${sessionId}`);
  if (typeof r.answer !== 'string' || r.answer.trim() === '') fail('answer is empty');
  if (typeof r.intent !== 'string' || r.intent === '') fail('intent is empty');
  if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1)) fail(`confidence ${String(r.confidence)}`);
  if (typeof r.fallback !== 'boolean') fail('fallback is not a boolean');
  if (!Array.isArray(r.citations)) return [...problems, 'citations is not a list'];
  if (r.fallback === true && (r.intent !== 'fallback' || r.citations.length > 0)) fail('a fallback with an intent or citations');
  for (const citation of r.citations as Array<Record<string, unknown>>) {
    const sentence = knowledge.sentenceById.get(String(citation.id));
    if (sentence === undefined) fail(`citation ${String(citation.id)} is not a sentence`);
    else if (citation.start !== sentence.start || citation.end !== sentence.end) fail(`citation ${sentence.id} offsets`);
    if (citation.text !== knowledge.article.slice(Number(citation.start), Number(citation.end))) fail(`citation ${String(citation.id)} is not exact article text`);
  }
  if (!Array.isArray(r.suggestions) || r.suggestions.length > 3 || r.suggestions.some((s) => typeof s !== 'string' || s === '')) fail('suggestions');
  return problems;
}
