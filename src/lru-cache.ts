/**
 * A map that holds at most `capacity` entries and forgets the least recently
 * used first. Built on `Map`'s insertion order: the first key is always the
 * one to drop, and a hit re-inserts its entry at the end. Re-inserting costs
 * a delete and an insert, which on a hot cache cost more than the lookup, so
 * a hit moves only an entry that has fallen into the older half: one used
 * since then is still far from the front, and is never the next to go.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; movedAt: number }>();
  /** Counts insertions and moves: an entry's age is how many happened since its own. */
  private clock = 0;

  /** `capacity` 0 remembers nothing (a way to turn a cache off). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`LruCache: capacity must be a whole number ≥ 0, not ${capacity}.`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.movedAt >= this.capacity / 2) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.movedAt = ++this.clock;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, movedAt: ++this.clock });
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
