/** Conversations in Redis are kept per article: one key per article and session id, never shared. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopedSessions } from '../../src/conversation/scoped-sessions.js';
import { createLogger } from '../../src/operations/logger.js';
import { connectRedis, type RedisConnection } from '../../src/shared-state/redis-connection.js';
import { RedisSessionStore } from '../../src/shared-state/redis-session-store.js';
import { eventually } from '../hardening/support/bot-process.js';
import { testRedis, type TestRedis } from '../hardening/support/redis-server.js';

let redis: TestRedis;
let connection: RedisConnection;

beforeAll(async () => {
  redis = await testRedis();
  connection = connectRedis({ url: redis.url, keyPrefix: 'bot:', commandTimeoutMs: 250 }, createLogger({ level: 'silent' }));
  await eventually(() => connection.client.status === 'ready');
});
afterAll(async () => {
  await connection?.close();
  await redis?.stop();
});

describe('sessions scoped by article in Redis', () => {
  it('stores the same session id of two articles under two keys, and reads each back alone', async () => {
    const store = new RedisSessionStore({ client: connection.client, keyPrefix: 'bot:', ttlMs: 60_000, maxSessions: 100 });
    const acme = scopedSessions(store, 'acme');
    const huawei = scopedSessions(store, 'huawei');
    await acme.set('reader-1', { factId: 'profit', people: [] });
    await huawei.set('reader-1', { factId: 'guo-profile', people: ['guo-ping'] });
    expect((await connection.client.keys('bot:session:*')).sort()).toEqual(['bot:session:acme:reader-1', 'bot:session:huawei:reader-1']);
    expect(await acme.get('reader-1')).toEqual({ factId: 'profit', people: [] });
    expect((await huawei.get('reader-1'))?.factId).toBe('guo-profile');
    expect(await scopedSessions(store, 'other').get('reader-1')).toBeUndefined();
    expect(await acme.count()).toBe(2);
  });
});
