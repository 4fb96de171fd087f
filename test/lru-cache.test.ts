import { describe, expect, it } from 'vitest';
import { LruCache } from '../src/lru-cache.js';

describe('LruCache', () => {
  it('forgets the least recently used entry once full', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });

  it('keeps an entry used since it fell into the older half, and drops the oldest untouched one', () => {
    const cache = new LruCache<number, number>(4);
    for (const key of [1, 2, 3, 4]) cache.set(key, key);
    expect(cache.get(1)).toBe(1);
    cache.set(5, 5);
    cache.set(6, 6);
    expect([1, 2, 3, 4, 5, 6].map((key) => cache.get(key))).toEqual([1, undefined, undefined, 4, 5, 6]);
  });

  it('computes a missing value once and remembers it', () => {
    const cache = new LruCache<string, number>(2);
    let calls = 0;
    const compute = () => (calls += 1);
    expect([cache.getOrSet('x', compute), cache.getOrSet('x', compute)]).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('remembers nothing with capacity 0, and refuses a capacity that is not a whole number', () => {
    const cache = new LruCache<string, number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(() => new LruCache(-1)).toThrow(/capacity must be a whole number/);
    expect(() => new LruCache(1.5)).toThrow(/capacity must be a whole number/);
  });
});
