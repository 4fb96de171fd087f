/**
 * Builds the engine from configuration: the one recipe the server, the CLI,
 * the evaluation and the benchmark all use, so none has a second pipeline.
 */
import type { Config } from './config.js';
import { MemorySessionStore, type SessionStore } from './conversation/session-store.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import { createEngine, type Engine } from './pipeline/answer-question.js';

export interface Bot {
  readonly engine: Engine;
  readonly sessions: SessionStore;
}

export function createBot(config: Config, sessions?: SessionStore): Bot {
  const knowledge = loadKnowledge(config);
  const store = sessions ?? new MemorySessionStore({ maxSessions: config.maxSessions, ttlMs: config.sessionTtlMs });
  return { engine: createEngine(knowledge, { sessions: store, answerCacheSize: config.answerCacheSize }), sessions: store };
}
