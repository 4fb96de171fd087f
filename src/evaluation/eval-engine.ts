/**
 * The engine evaluation runs: the same `createEngine` the server uses, with
 * its own in-memory sessions so evaluation never touches a shared store.
 */
import { MemorySessionStore } from '../conversation/session-store.js';
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import { createEngine, type Engine } from '../pipeline/answer-question.js';
import { DEFAULT_THRESHOLDS, type DecisionThresholds } from '../pipeline/decide.js';

/** Enough sessions for every fresh question of a run; an hour outlasts any run. */
const EVAL_SESSIONS = Object.freeze({ maxSessions: 10_000, ttlMs: 3_600_000 });

export function createEvalEngine(knowledge: KnowledgeBase, thresholds: DecisionThresholds = DEFAULT_THRESHOLDS): Engine {
  return createEngine(knowledge, { sessions: new MemorySessionStore(EVAL_SESSIONS), thresholds });
}
