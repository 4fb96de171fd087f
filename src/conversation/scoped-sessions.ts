/**
 * One article's view of the shared session store: its session ids are kept
 * under the article's slug, so the same id sent about another article is
 * another conversation, in memory and in Redis alike, and context (a fact id,
 * "he") never reaches an engine that does not know it.
 */
import type { SessionStore } from './session-store.js';

export function scopedSessions(store: SessionStore, scope: string): SessionStore {
  // Slugs hold no ":", so the first ":" ends the scope and no two scopes can share a key.
  const key = (sessionId: string) => `${scope}:${sessionId}`;
  return {
    get: (sessionId) => store.get(key(sessionId)),
    set: (sessionId, context) => store.set(key(sessionId), context),
    /** Every conversation in the store: the bound on sessions is shared by all articles. */
    count: () => store.count(),
    // The shared store belongs to whoever created it, who closes it once.
    close: async () => {},
  };
}
