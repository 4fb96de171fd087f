/**
 * The threads the Slack bot answered in, shared by every bot process: a
 * follow-up delivered to any process finds the thread its first answer,
 * from whichever process, remembered.
 */
import { DEFAULT_THREAD_TTL_MS, threadId, type AnsweredThreads, type ThreadKey } from '../channels/slack/answered-threads.js';
import type { Redis } from './redis-connection.js';

export class RedisAnsweredThreads implements AnsweredThreads {
  constructor(private readonly options: { readonly client: Redis; readonly keyPrefix: string; readonly ttlMs?: number }) {}

  async remember(thread: ThreadKey): Promise<void> {
    await this.options.client.set(this.key(thread), '1', 'PX', this.options.ttlMs ?? DEFAULT_THREAD_TTL_MS);
  }

  async has(thread: ThreadKey): Promise<boolean> {
    return (await this.options.client.exists(this.key(thread))) === 1;
  }

  private key(thread: ThreadKey): string {
    return `${this.options.keyPrefix}slack-thread:${threadId(thread)}`;
  }
}
