/** The Redis session store and Slack de-duplicator against a real redis-server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/operations/logger.js';
import { connectRedis, type RedisConnection } from '../../src/shared-state/redis-connection.js';
import { RedisEventDeduplicator } from '../../src/shared-state/redis-event-deduplicator.js';
import { RedisSessionStore } from '../../src/shared-state/redis-session-store.js';
import { eventually } from './support/bot-process.js';
import { freePort } from './support/free-port.js';
import { testRedis, type TestRedis } from './support/redis-server.js';

let redis: TestRedis;
let connection: RedisConnection;
const silent = createLogger({ level: 'silent' });
const context = (factId: string) => ({ factId, intent: 'finance.profit', people: ['guo-ping'], question: 'how much profit', answered: [factId, 'sales-total'] });
let prefixes = 0;
const prefix = () => `test-${++prefixes}:`;

beforeAll(async () => {
  redis = await testRedis();
  connection = connectRedis({ url: redis.url, keyPrefix: 'unused:', commandTimeoutMs: 250 }, silent);
  await eventually(() => connection.client.status === 'ready');
});

afterAll(async () => {
  await connection?.close();
  await redis?.stop();
});

describe('RedisSessionStore', () => {
  it('returns what was stored, under the key prefix, with the idle time-to-live', async () => {
    const keyPrefix = prefix();
    const store = new RedisSessionStore({ client: connection.client, keyPrefix, ttlMs: 60_000, maxSessions: 10 });
    await store.set('reader-1', context('profit'));
    expect(await store.get('reader-1')).toEqual(context('profit'));
    expect(await store.get('nobody')).toBeUndefined();
    const ttl = await connection.client.pttl(`${keyPrefix}session:reader-1`);
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('forgets a conversation idle longer than its time-to-live, and stops counting it', async () => {
    const store = new RedisSessionStore({ client: connection.client, keyPrefix: prefix(), ttlMs: 150, maxSessions: 10 });
    await store.set('short', context('profit'));
    expect(await store.count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.get('short')).toBeUndefined();
    expect(await store.count()).toBe(0);
  });

  it('holds at most maxSessions, dropping the least recently answered', async () => {
    let now = 1_000_000;
    const store = new RedisSessionStore({ client: connection.client, keyPrefix: prefix(), ttlMs: 3_600_000, maxSessions: 2, now: () => now });
    for (const id of ['a', 'b', 'c']) {
      now += 1000;
      await store.set(id, context(id));
    }
    expect(await store.count()).toBe(2);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('c')).toEqual(context('c'));
  });

  it('reads a corrupt or foreign value as no context', async () => {
    const keyPrefix = prefix();
    const store = new RedisSessionStore({ client: connection.client, keyPrefix, ttlMs: 60_000, maxSessions: 10 });
    await connection.client.set(`${keyPrefix}session:bad-json`, '{not json');
    await connection.client.set(`${keyPrefix}session:bad-shape`, '{"people":"not a list"}');
    expect(await store.get('bad-json')).toBeUndefined();
    expect(await store.get('bad-shape')).toBeUndefined();
  });
});

describe('RedisEventDeduplicator', () => {
  it('says true for the first sighting of an event id only, across instances', async () => {
    const keyPrefix = prefix();
    const one = new RedisEventDeduplicator({ client: connection.client, keyPrefix });
    const other = new RedisEventDeduplicator({ client: connection.client, keyPrefix });
    expect(await one.firstTime('Ev1')).toBe(true);
    expect(await other.firstTime('Ev1')).toBe(false);
    expect(await one.firstTime('Ev1')).toBe(false);
    expect(await other.firstTime('Ev2')).toBe(true);
  });

  it('forgets an id after its time-to-live', async () => {
    const dedup = new RedisEventDeduplicator({ client: connection.client, keyPrefix: prefix(), ttlMs: 100 });
    expect(await dedup.firstTime('Ev3')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await dedup.firstTime('Ev3')).toBe(true);
  });
});

describe('a Redis that is down', () => {
  it('fails commands at once instead of queueing them, and PING reports it', async () => {
    const lost = connectRedis({ url: `redis://127.0.0.1:${await freePort()}/0`, keyPrefix: 'x:', commandTimeoutMs: 250 }, silent);
    const store = new RedisSessionStore({ client: lost.client, keyPrefix: 'x:', ttlMs: 1000, maxSessions: 10 });
    const started = Date.now();
    await expect(store.get('anyone')).rejects.toThrow();
    await expect(store.set('anyone', context('profit'))).rejects.toThrow();
    await expect(lost.ping()).rejects.toThrow(/Redis at redis:\/\/127\.0\.0\.1:\d+\/0 is/);
    expect(Date.now() - started).toBeLessThan(500);
    await lost.close();
  });
});

