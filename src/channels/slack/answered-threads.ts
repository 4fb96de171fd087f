/**
 * The channel threads the bot has answered in. With `message.channels` and
 * `message.groups` Slack sends the bot every message in its channels; it
 * answers a reply without a mention only in a thread it is already part of,
 * so a follow-up ("and profit?") needs no second @-mention and other
 * people's threads stay untouched.
 */

export interface AnsweredThreads {
  remember(thread: ThreadKey): Promise<void>;
  has(thread: ThreadKey): Promise<boolean>;
}

export interface ThreadKey {
  readonly team: string;
  readonly channel: string;
  readonly threadTs: string;
}

/** How long the bot keeps following a thread after its last answer there: long enough for a day's discussion. */
export const DEFAULT_THREAD_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_THREADS = 50_000;

export function threadId({ team, channel, threadTs }: ThreadKey): string {
  return `${team}:${channel}:${threadTs}`;
}

/** For a single server process; several processes share a Redis one (`src/shared-state/`). */
export class MemoryAnsweredThreads implements AnsweredThreads {
  // Re-remembering moves a thread to the end, so insertion order is expiry order and the oldest is first.
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly options: { readonly ttlMs?: number; readonly maxThreads?: number; readonly now?: () => number } = {},
  ) {}

  async remember(thread: ThreadKey): Promise<void> {
    const id = threadId(thread);
    const { ttlMs = DEFAULT_THREAD_TTL_MS, maxThreads = DEFAULT_MAX_THREADS, now = Date.now } = this.options;
    this.expiries.delete(id);
    this.expiries.set(id, now() + ttlMs);
    if (this.expiries.size > maxThreads) {
      const oldest = this.expiries.keys().next();
      if (oldest.done !== true) this.expiries.delete(oldest.value);
    }
  }

  async has(thread: ThreadKey): Promise<boolean> {
    const expiresAt = this.expiries.get(threadId(thread));
    return expiresAt !== undefined && expiresAt > (this.options.now ?? Date.now)();
  }
}
