/**
 * A map that holds at most `capacity` entries and forgets the least recently
 * used first. Built on `Map`'s insertion order: a hit moves its entry to the
 * end, so the first key is always the one to drop.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  /** `capacity` 0 remembers nothing (a way to turn a cache off). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`LruCache: capacity must be a whole number ≥ 0, not ${capacity}.`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** The cached value, or `compute()`'s, which is then remembered. */
  getOrSet(key: K, compute: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = compute();
    this.set(key, value);
    return value;
  }
}
