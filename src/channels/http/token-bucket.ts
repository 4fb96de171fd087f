/**
 * Token buckets, one per client: each holds up to `burst` tokens, refills at
 * `perMinute` tokens a minute, and every request takes one. A client asking
 * steadily below the rate is never refused; a burst is refused once its
 * bucket is empty, told how long until the next token.
 *
 * Memory is bounded: at most `maxClients` buckets, the least recently seen
 * dropped first (a dropped client starts again with a full bucket).
 */

export interface TokenBucketOptions {
  readonly perMinute: number;
  readonly burst: number;
  /** Most clients tracked at once. */
  readonly maxClients?: number;
  readonly now?: () => number;
}

export type TakeResult = { readonly allowed: true; readonly remaining: number } | { readonly allowed: false; readonly retryAfterMs: number };

export const DEFAULT_MAX_CLIENTS = 100_000;

export class TokenBuckets {
  // A Map iterates in insertion order; re-inserting on every use keeps the least recently seen first.
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.perMinute > 0) || !(options.burst >= 1)) throw new RangeError('TokenBuckets: perMinute must be > 0 and burst ≥ 1.');
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
    this.now = options.now ?? Date.now;
  }

  take(client: string): TakeResult {
    const now = this.now();
    const bucket = this.buckets.get(client);
    const refilled = bucket === undefined ? this.options.burst : Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    this.buckets.delete(client);
    if (refilled < 1) {
      this.buckets.set(client, { tokens: refilled, at: now });
      return { allowed: false, retryAfterMs: Math.ceil((1 - refilled) / this.perMs) };
    }
    this.buckets.set(client, { tokens: refilled - 1, at: now });
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    return { allowed: true, remaining: Math.floor(refilled - 1) };
  }

  /** Clients tracked now. */
  get size(): number {
    return this.buckets.size;
  }
}
