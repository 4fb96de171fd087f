/**
 * Slack redelivers an event when it believes it was not acknowledged (with
 * `X-Slack-Retry-Num`), and occasionally delivers one twice without saying
 * so. Every delivery carries the same `event_id`, so answering only the first
 * sighting of an id answers each question once.
 */

/** Remembers which events were already handled. A shared (Redis) implementation can replace the in-memory one. */
export interface EventDeduplicator {
  /** True the first time `eventId` is seen within the memory window, false for every repeat. */
  firstTime(eventId: string): Promise<boolean>;
}

export interface MemoryDeduplicatorOptions {
  /** How long an id is remembered. Slack retries three times, the last about 5 minutes after the first. */
  readonly ttlMs?: number;
  /** Most ids held; the oldest are forgotten first beyond it, bounding memory under an event flood. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export const DEFAULT_DEDUP_TTL_MS = 60 * 60 * 1000;
export const DEFAULT_DEDUP_MAX_ENTRIES = 50_000;

/** For a single server process; several processes need a shared store. */
export class MemoryEventDeduplicator implements EventDeduplicator {
  // Every entry lives equally long, so insertion order is also expiry order: the oldest is always first.
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemoryDeduplicatorOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_DEDUP_TTL_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_DEDUP_MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  async firstTime(eventId: string): Promise<boolean> {
    const now = this.now();
    this.forgetExpired(now);
    if (this.expiries.has(eventId)) return false;
    this.expiries.set(eventId, now + this.ttlMs);
    if (this.expiries.size > this.maxEntries) {
      const oldest = this.expiries.keys().next();
      if (oldest.done !== true) this.expiries.delete(oldest.value);
    }
    return true;
  }

  private forgetExpired(now: number): void {
    for (const [id, expiresAt] of this.expiries) {
      if (expiresAt > now) break;
      this.expiries.delete(id);
    }
  }
}
