/**
 * A session store that counts how many questions found no conversation
 * context. The engine answers exactly those from its answer cache (keyed by
 * the question), so once every such question has been asked before (the
 * cache holds far more than the evaluation set's openers), this share is the
 * answer cache's hit rate for a workload.
 */
import type { ConversationContext, SessionStore } from '../src/conversation/session-store.js';

export class ContextCountingStore implements SessionStore {
  lookups = 0;
  withoutContext = 0;

  constructor(private readonly store: SessionStore) {}

  async get(sessionId: string): Promise<ConversationContext | undefined> {
    const context = await this.store.get(sessionId);
    this.lookups += 1;
    if (context === undefined) this.withoutContext += 1;
    return context;
  }

  set(sessionId: string, context: ConversationContext): Promise<void> {
    return this.store.set(sessionId, context);
  }

  count(): Promise<number> {
    return this.store.count();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** Starts counting afresh. */
  reset(): void {
    this.lookups = 0;
    this.withoutContext = 0;
  }
}
