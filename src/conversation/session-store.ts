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

/** One conversation held in memory, linked to its neighbours in order of use. */
interface Entry {
  readonly id: string;
  context: ConversationContext;
  expiresAt: number;
  /** Used more recently than this one; undefined for the most recent. */
  newer: Entry | undefined;
  /** Used less recently; undefined for the least recent. */
  older: Entry | undefined;
}

/**
 * Keeps each conversation in one entry for its whole life: a question moves
 * it to the front of a linked list and updates it in place. Re-inserting
 * into a Map on every touch, and a new entry on every answer, made garbage
 * on every request that lived long enough to reach V8's old generation,
 * whose pages then stayed resident.
 */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, Entry>();
  /** Most recently used. */
  private newest: Entry | undefined;
  /** Least recently used: the first to go. */
  private oldest: Entry | undefined;
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(sessionId: string): Promise<ConversationContext | undefined> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(entry);
      return undefined;
    }
    this.moveToFront(entry);
    return entry.context;
  }

  async set(sessionId: string, context: ConversationContext): Promise<void> {
    const expiresAt = this.now() + this.options.ttlMs;
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) {
      const id = flatCopy(sessionId);
      const created: Entry = { id, context, expiresAt, newer: undefined, older: undefined };
      this.sessions.set(id, created);
      this.moveToFront(created);
    } else {
      entry.context = context;
      entry.expiresAt = expiresAt;
      this.moveToFront(entry);
    }
    this.evict();
  }

  async count(): Promise<number> {
    this.evict();
    return this.sessions.size;
  }

  async close(): Promise<void> {
    this.sessions.clear();
    this.newest = undefined;
    this.oldest = undefined;
  }

  /** Drops the least recently used entries while there are too many or they have expired. */
  private evict(): void {
    const now = this.now();
    while (this.oldest !== undefined && (this.sessions.size > this.options.maxSessions || this.oldest.expiresAt <= now)) this.remove(this.oldest);
  }

  private moveToFront(entry: Entry): void {
    if (this.newest === entry) return;
    this.unlink(entry);
    entry.older = this.newest;
    if (this.newest !== undefined) this.newest.newer = entry;
    this.newest = entry;
    this.oldest ??= entry;
  }

  private remove(entry: Entry): void {
    this.unlink(entry);
    this.sessions.delete(entry.id);
  }

  private unlink(entry: Entry): void {
    if (entry.newer !== undefined) entry.newer.older = entry.older;
    else if (this.newest === entry) this.newest = entry.older;
    if (entry.older !== undefined) entry.older.newer = entry.newer;
    else if (this.oldest === entry) this.oldest = entry.newer;
    entry.newer = undefined;
    entry.older = undefined;
  }
}

/**
 * The same text in one piece. An id built by concatenation (`scope:api:` and
 * a UUID, which Node assembles from twenty pieces) is a tree of string pieces
 * that V8 keeps as it is, and a key kept for a session's whole life kept the
 * tree: about 600 bytes and 20 objects for the old generation to mark, against
 * about 100 bytes and one object as a flat copy.
 */
function flatCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
