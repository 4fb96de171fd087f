/**
 * Where conversations keep their context between questions. The engine only
 * sees this interface; the default keeps sessions in memory, bounded in
 * number (least recently used dropped first) and in idle time.
 */

/** What a conversation remembers: enough to resolve "he", "and profit?", "why?", "in pounds?". */
export interface ConversationContext {
  /** The fact the last answer came from. */
  readonly factId?: string | undefined;
  readonly intent?: string | undefined;
  /** People mentioned, most recent first, for resolving "he" and "she". */
  readonly people: readonly string[];
  /** The last question as resolved, for fragments that need it. */
  readonly question?: string | undefined;
  /** Facts already given, most recent first, so "What else?" gets something new. */
  readonly answered?: readonly string[] | undefined;
}

export interface SessionStore {
  get(sessionId: string): Promise<ConversationContext | undefined>;
  set(sessionId: string, context: ConversationContext): Promise<void>;
  /** Conversations held now (for metrics and the benchmark). */
  count(): Promise<number>;
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  readonly maxSessions: number;
  readonly ttlMs: number;
  readonly now?: () => number;
}

export class MemorySessionStore implements SessionStore {
  // A Map iterates in insertion order; re-inserting on every touch keeps the least recently used first.
  private readonly sessions = new Map<string, { context: ConversationContext; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(sessionId: string): Promise<ConversationContext | undefined> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) return undefined;
    this.sessions.delete(sessionId);
    if (entry.expiresAt <= this.now()) return undefined;
    this.sessions.set(sessionId, entry);
    return entry.context;
  }

  async set(sessionId: string, context: ConversationContext): Promise<void> {
    this.sessions.delete(sessionId);
    this.sessions.set(sessionId, { context, expiresAt: this.now() + this.options.ttlMs });
    this.evict();
  }

  async count(): Promise<number> {
    this.evict();
    return this.sessions.size;
  }

  async close(): Promise<void> {
    this.sessions.clear();
  }

  private evict(): void {
    const now = this.now();
    for (const [id, entry] of this.sessions) {
      if (this.sessions.size <= this.options.maxSessions && entry.expiresAt > now) break;
      this.sessions.delete(id);
    }
  }
}
