import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySessionStore, type ConversationContext } from '../../src/conversation/session-store.js';

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

  it('keeps the same conversations as a plain least-recently-used list, whatever the order of use', async () => {
    const operation = fc.record({ kind: fc.constantFrom('get', 'set'), id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), advanceMs: fc.nat(400) });
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 60 }), async (operations) => {
        let now = 0;
        const store = new MemorySessionStore({ maxSessions: 3, ttlMs: 1000, now: () => now });
        // The model: most recently used last, each with the time its context expires.
        const model = new Map<string, { context: ConversationContext; expiresAt: number }>();
        for (const [step, { kind, id, advanceMs }] of operations.entries()) {
          now += advanceMs;
          const held = model.get(id);
          model.delete(id);
          if (kind === 'set') {
            model.set(id, { context: context(String(step)), expiresAt: now + 1000 });
            for (const [oldId, entry] of model) {
              if (model.size <= 3 && entry.expiresAt > now) break;
              model.delete(oldId);
            }
            await store.set(id, context(String(step)));
          } else {
            const expected = held !== undefined && held.expiresAt > now ? held : undefined;
            if (expected !== undefined) model.set(id, expected);
            expect(await store.get(id)).toEqual(expected?.context);
          }
        }
        for (const [oldId, entry] of model) {
          if (entry.expiresAt > now) break;
          model.delete(oldId);
        }
        expect(await store.count()).toBe(model.size);
      }),
    );
  });
});
