/**
 * The rate limit's counters in Redis (rate-limit-redis), so every bot process
 * sharing the Redis enforces one limit per client rather than one each.
 * Keys are `<prefix>rate-limit:<client>`, each expiring with its window.
 */
import { createHash } from 'node:crypto';
import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Redis } from './redis-connection.js';

export function redisRateLimitStore(client: Redis, keyPrefix: string): Store {
  return new RedisStore({
    prefix: `${keyPrefix}rate-limit:`,
    sendCommand: (command: string, ...args: string[]) => {
      // The store loads its scripts once, when created; the connection refuses commands until it is
      // ready (no offline queue), and a failed load would disable the limit for good. Redis names a
      // script by its SHA-1, so before then the name is computed here: the first use then meets
      // NOSCRIPT, on which the store loads the script for real (as it does after a Redis restart).
      const script = args[1];
      if (command === 'SCRIPT' && args[0] === 'LOAD' && script !== undefined && client.status !== 'ready') {
        return Promise.resolve(createHash('sha1').update(script).digest('hex'));
      }
      return client.call(command, ...args) as Promise<RedisReply>;
    },
  });
}
