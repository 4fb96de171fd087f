import { describe, expect, it } from 'vitest';
import { MemoryEventDeduplicator } from '../../src/channels/slack/event-deduplicator.js';

describe('MemoryEventDeduplicator', () => {
  it('says first time once per event id', async () => {
    const seen = new MemoryEventDeduplicator();
    expect(await seen.firstTime('Ev1')).toBe(true);
    expect(await seen.firstTime('Ev1')).toBe(false);
    expect(await seen.firstTime('Ev2')).toBe(true);
    expect(await seen.firstTime('Ev1')).toBe(false);
  });

  it('forgets an id once its time is up', async () => {
    let now = 0;
    const seen = new MemoryEventDeduplicator({ ttlMs: 1000, now: () => now });
    await seen.firstTime('Ev1');
    now = 999;
    expect(await seen.firstTime('Ev1')).toBe(false);
    now = 1000;
    expect(await seen.firstTime('Ev1')).toBe(true);
  });

  it('forgets the oldest ids beyond its capacity', async () => {
    const seen = new MemoryEventDeduplicator({ maxEntries: 2 });
    for (const id of ['Ev1', 'Ev2', 'Ev3']) await seen.firstTime(id);
    expect(await seen.firstTime('Ev3')).toBe(false);
    expect(await seen.firstTime('Ev2')).toBe(false);
    expect(await seen.firstTime('Ev1')).toBe(true);
  });
});
