/** The Redis session store and Slack de-duplicator against a real redis-server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/operations/logger.js';
import { redisRateLimitStore } from '../../src/shared-state/redis-rate-limit-store.js';
import { connectRedis, type RedisConnection } from '../../src/shared-state/redis-connection.js';
import { RedisEventDeduplicator } from '../../src/shared-state/redis-event-deduplicator.js';
import { RedisSessionStore } from '../../src/shared-state/redis-session-store.js';
import { eventually } from './support/bot-process.js';
import { freePort } from './support/free-port.js';
import { startInProcess } from './support/in-process-app.js';
import { rawRequest } from './support/raw-request.js';
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
    // The reason is shown on the public /readyz: it names the state, never the address.
    await expect(lost.ping()).rejects.toThrow(/^Redis is (connecting|reconnecting)$/);
    expect(Date.now() - started).toBeLessThan(500);
    await lost.close();
  });
});


describe('a Redis that hangs', () => {
  it('is logged once when it stops answering and once when it answers again', async () => {
    const hanging = await testRedis();
    const lines: Array<Record<string, unknown>> = [];
    const log = createLogger({ level: 'info', destination: new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) }) });
    const watched = connectRedis({ url: hanging.url, keyPrefix: 'x:', commandTimeoutMs: 100 }, log);
    try {
      await eventually(() => watched.client.status === 'ready');
      hanging.pause();
      await eventually(() => lines.some((line) => line.msg === 'Redis is not answering: answering without conversation context until it does'), 10_000);
      const warning = lines.find((line) => line.level === 'warn');
      expect(warning).toMatchObject({ err: expect.stringMatching(/timed out/i) });
      expect(JSON.stringify(warning)).not.toContain('test-redis-secret');
      hanging.resume();
      await eventually(() => lines.some((line) => line.msg === 'Redis answers again: conversations are shared again'), 10_000);
      expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    } finally {
      hanging.resume();
      await watched.close();
      await hanging.stop();
    }
  });
});

describe('the rate limit in Redis', () => {
  it('holds across processes, even for a process whose connection was not ready when it started', async () => {
    const keyPrefix = prefix();
    const late = connectRedis({ url: redis.url, keyPrefix, commandTimeoutMs: 250 }, silent);
    // Created while `late` is still connecting: the store cannot load its scripts yet.
    const first = await startInProcess({ rateLimit: { perMinute: 6, burst: 4, store: redisRateLimitStore(late.client, keyPrefix) } });
    const second = await startInProcess({ rateLimit: { perMinute: 6, burst: 4, store: redisRateLimitStore(connection.client, keyPrefix) } });
    try {
      await eventually(() => late.client.status === 'ready');
      const ask = (base: string) =>
        rawRequest(base, { headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.50' }, body: JSON.stringify({ question: 'How much profit did Huawei make?' }) });
      const statuses = [];
      for (const app of [first, second, first, second, first, second]) statuses.push((await ask(app.base)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      expect(await connection.client.exists(`${keyPrefix}rate-limit:203.0.113.50`)).toBe(1);
    } finally {
      await first.close();
      await second.close();
      await late.close();
    }
  });
});
