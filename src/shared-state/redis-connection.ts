/**
 * The one Redis connection a bot process uses (the only module that imports
 * ioredis), set up to fail fast: with Redis away, a command is refused at
 * once (no offline queue) or after `commandTimeoutMs`, so a reader waits a
 * few milliseconds longer and gets an answer without conversation context,
 * never a hung request. ioredis keeps reconnecting in the background; the
 * log says when Redis went away and when it came back, once each, not on
 * every retry.
 */
import { createRequire } from 'node:module';
import type { Redis as RedisClient } from 'ioredis';
import { redactUrl, type RedisConfig } from '../config.js';
import type { Logger } from '../operations/logger.js';

export type { Redis } from 'ioredis';

/** Reconnection back-off: 100 ms doubling to at most this, for as long as it takes. */
export const MAX_RECONNECT_DELAY_MS = 2000;
/** Longest wait for a TCP connection (and Redis's greeting) before trying again. */
export const CONNECT_TIMEOUT_MS = 2000;
/** How often the heartbeat PINGs a connected Redis; it fails after the command timeout when Redis hangs. */
export const HEARTBEAT_MS = 1000;
/** On shutdown, how long QUIT may take before the socket is simply closed. */
const QUIT_TIMEOUT_MS = 1000;

export interface RedisConnection {
  readonly client: RedisClient;
  /** The URL with its password masked, for logs and messages. */
  readonly displayUrl: string;
  /** Resolves when Redis answers PING now; rejects with the reason otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function connectRedis(config: RedisConfig, log: Logger): RedisConnection {
  const displayUrl = redactUrl(config.url);
  // Required here, not imported at the top: ioredis costs ~140 ms and ~18 MB at start-up, wasted without REDIS_URL.
  const { Redis } = createRequire(import.meta.url)('ioredis') as typeof import('ioredis');
  const client = new Redis(config.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), MAX_RECONNECT_DELAY_MS),
  });
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  client.on('ready', () => {
    if (state === 'down') log.info({ redis: displayUrl }, 'Redis is back: conversations are shared again');
    else log.info({ redis: displayUrl }, 'Redis connected');
    state = 'up';
  });
  // Without a listener ioredis prints every failed attempt itself; this says it once per outage.
  client.on('error', (error: Error) => {
    if (state === 'down') return log.debug({ redis: displayUrl, err: error.message }, 'Redis still unreachable');
    state = 'down';
    log.warn({ redis: displayUrl, err: error.message }, 'Redis unreachable: answering without conversation context until it returns');
  });
  client.on('close', () => {
    if (state !== 'up') return;
    state = 'down';
    log.warn({ redis: displayUrl }, 'Redis connection lost: answering without conversation context until it returns');
  });
  let answering = true;
  const heartbeat = setInterval(() => {
    if (client.status !== 'ready') return;
    client.ping().then(
      () => {
        if (answering) return;
        answering = true;
        log.info({ redis: displayUrl }, 'Redis answers again: conversations are shared again');
      },
      (error: Error) => {
        if (!answering || client.status !== 'ready') return;
        answering = false;
        log.warn({ redis: displayUrl, err: error.message }, 'Redis is not answering: answering without conversation context until it does');
      },
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    client,
    displayUrl,
    async ping() {
      // Shown on the public /readyz: the state, never the address.
      if (client.status !== 'ready') throw new Error(`Redis is ${client.status}`);
      await client.ping();
    },
    async close() {
      clearInterval(heartbeat);
      client.removeAllListeners('close');
      const quit = client.quit().then(() => undefined, () => undefined);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([quit, new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)))]);
      clearTimeout(timer);
      client.disconnect();
    },
  };
}
