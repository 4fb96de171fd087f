/**
 * Where conversation context, Slack de-duplication and rate-limit counters live: in this process
 * (the default) or, when REDIS_URL is set, in Redis, shared by every bot
 * process behind a load balancer. The server asks for one `SharedState` and
 * does not care which.
 */
import type { AnsweredThreads } from '../channels/slack/answered-threads.js';
import type { Store } from 'express-rate-limit';
import type { EventDeduplicator } from '../channels/slack/event-deduplicator.js';
import type { Config } from '../config.js';
import { MemorySessionStore, type SessionStore } from '../conversation/session-store.js';
import type { Logger } from '../operations/logger.js';
import type { ReadinessCheck } from '../operations/readiness.js';
import { RedisAnsweredThreads } from './redis-answered-threads.js';
import { connectRedis } from './redis-connection.js';
import { RedisEventDeduplicator } from './redis-event-deduplicator.js';
import { redisRateLimitStore } from './redis-rate-limit-store.js';
import { RedisSessionStore } from './redis-session-store.js';

export interface SharedState {
  /** `memory` or the Redis URL with its password masked. */
  readonly description: string;
  readonly sessions: SessionStore;
  /** For the Slack channel; undefined means its own in-memory one (a single process). */
  readonly deduplicator: EventDeduplicator | undefined;
  /** For the Slack channel's thread follow-ups; undefined means its own in-memory one. */
  readonly answeredThreads: AnsweredThreads | undefined;
  /** The rate limit's counters; undefined keeps them in this process. */
  readonly rateLimitStore: Store | undefined;
  /** For `/readyz`: the store answers. */
  readonly readiness: ReadinessCheck;
  /** Closes the store and its connection; call after the last request is done. */
  close(): Promise<void>;
}

export function createSharedState(config: Pick<Config, 'redis' | 'maxSessions' | 'sessionTtlMs'>, log: Logger): SharedState {
  if (config.redis === undefined) {
    const sessions = new MemorySessionStore({ maxSessions: config.maxSessions, ttlMs: config.sessionTtlMs });
    return {
      description: 'memory',
      sessions,
      deduplicator: undefined,
      answeredThreads: undefined,
      rateLimitStore: undefined,
      readiness: { name: 'sessions', check: async () => {} },
      close: () => sessions.close(),
    };
  }
  const connection = connectRedis(config.redis, log.child({ component: 'redis' }));
  const { keyPrefix } = config.redis;
  const sessions = new RedisSessionStore({ client: connection.client, keyPrefix, ttlMs: config.sessionTtlMs, maxSessions: config.maxSessions });
  return {
    description: connection.displayUrl,
    sessions,
    deduplicator: new RedisEventDeduplicator({ client: connection.client, keyPrefix }),
    answeredThreads: new RedisAnsweredThreads({ client: connection.client, keyPrefix }),
    rateLimitStore: redisRateLimitStore(connection.client, keyPrefix),
    readiness: { name: 'sessions', check: () => connection.ping() },
    close: async () => {
      await sessions.close();
      await connection.close();
    },
  };
}
