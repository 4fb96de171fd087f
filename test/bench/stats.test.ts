import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../bench/stats.js';
import { mixedWorkload } from '../../bench/workload.js';
import { seededRandom } from '../../src/evaluation/stratified-folds.js';

describe('percentile', () => {
  it('returns an observed sample by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarises unsorted samples', () => {
    expect(summarize([3, 1, 2])).toMatchObject({ samples: 3, p50Ms: 2, maxMs: 3, meanMs: 2 });
  });
});

describe('mixedWorkload', () => {
  const set = {
    single: [{ q: 'a' }, { q: 'b' }, { q: 'c' }],
    dialogs: [{ name: 'd', turns: [{ q: 'd1' }, { q: 'd2' }, { q: 'd3' }] }],
  };

  it('asks every question once and keeps dialog turns in order', () => {
    const items = mixedWorkload(set);
    expect(items.map((item) => item.question).sort()).toEqual(['a', 'b', 'c', 'd1', 'd2', 'd3']);
    const turns = items.filter((item) => item.conversation === 'd0').map((item) => item.question);
    expect(turns).toEqual(['d1', 'd2', 'd3']);
  });

  it('is the same sequence on every run', () => {
    expect(mixedWorkload(set)).toEqual(mixedWorkload(set));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
});
