import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';

const context = (factId: string) => ({ factId, people: [] });

describe('MemorySessionStore', () => {
  it('forgets a conversation idle longer than its time-to-live', async () => {
    let now = 0;
    const store = new MemorySessionStore({ maxSessions: 10, ttlMs: 1000, now: () => now });
    await store.set('a', context('profit'));
    now = 999;
    expect(await store.get('a')).toEqual(context('profit'));
    now = 999 + 1000;
    expect(await store.get('a')).toBeUndefined();
  });

  it('holds at most maxSessions, dropping the least recently used', async () => {
    const store = new MemorySessionStore({ maxSessions: 2, ttlMs: 60_000 });
    await store.set('a', context('1'));
    await store.set('b', context('2'));
    await store.get('a');
    await store.set('c', context('3'));
    expect(await store.count()).toBe(2);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual(context('1'));
  });
});
