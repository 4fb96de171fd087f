/**
 * Conversations in Redis, so every bot process behind a load balancer sees
 * the same context: "and profit?" sent to a second process continues what
 * the first answered. Each conversation is one key with the idle time-to-live
 * (`SET … PX`); an index (a sorted set by expiry) counts them for metrics and
 * bounds them to `maxSessions`, dropping the least recently answered first,
 * as the in-memory store does.
 *
 * Failures are not hidden here: a command that fails rejects, and the engine
 * answers without context (see `answer-question.ts`).
 * Needs a single Redis (or a primary), not Redis Cluster: the script below
 * touches keys it computes.
 */
import { z } from 'zod';
import type { ConversationContext, SessionStore } from '../conversation/session-store.js';
import type { Redis } from './redis-connection.js';

/** Stores one conversation, indexes it by expiry, forgets expired entries and the oldest beyond the cap, atomically. */
const SET_SESSION = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local now = tonumber(ARGV[4])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if excess > 0 then
  local dropped = redis.call('ZPOPMIN', KEYS[2], excess)
  for i = 1, #dropped, 2 do redis.call('DEL', ARGV[6] .. dropped[i]) end
end
return 1`;

/** What a stored context must look like; anything else (a foreign or older value) reads as no context. */
const contextSchema = z.object({
  factId: z.string().optional(),
  intent: z.string().optional(),
  people: z.array(z.string()),
  question: z.string().optional(),
  answered: z.array(z.string()).optional(),
});

export interface RedisSessionStoreOptions {
  readonly client: Redis;
  /** Prefix of every key, e.g. `article-bot:`. */
  readonly keyPrefix: string;
  readonly ttlMs: number;
  readonly maxSessions: number;
  readonly now?: () => number;
}

export class RedisSessionStore implements SessionStore {
  private readonly sessionPrefix: string;
  private readonly indexKey: string;
  private readonly now: () => number;

  constructor(private readonly options: RedisSessionStoreOptions) {
    this.sessionPrefix = `${options.keyPrefix}session:`;
    this.indexKey = `${options.keyPrefix}sessions`;
    this.now = options.now ?? Date.now;
  }

  async get(sessionId: string): Promise<ConversationContext | undefined> {
    const stored = await this.options.client.get(this.sessionPrefix + sessionId);
    if (stored === null) return undefined;
    try {
      const parsed = contextSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async set(sessionId: string, context: ConversationContext): Promise<void> {
    const { client, ttlMs, maxSessions } = this.options;
    await client.eval(SET_SESSION, 2, this.sessionPrefix + sessionId, this.indexKey, JSON.stringify(context), ttlMs, sessionId, this.now(), maxSessions, this.sessionPrefix);
  }

  /** Conversations not yet expired, across every process sharing this Redis. */
  async count(): Promise<number> {
    return this.options.client.zcount(this.indexKey, `(${this.now()}`, '+inf');
  }

  /** The connection belongs to whoever opened it (the shared state), which closes it after this store. */
  async close(): Promise<void> {}
}
