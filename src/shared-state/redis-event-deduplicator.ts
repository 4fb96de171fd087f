/**
 * Slack event de-duplication shared by every bot process: the first process
 * to `SET … NX` an event's id answers it; a retry or a second delivery, to
 * any process, finds the key and is dropped. If Redis cannot be asked, the
 * call rejects and the Slack channel handles the event anyway (answering
 * twice beats never answering).
 */
import type { EventDeduplicator } from '../channels/slack/event-deduplicator.js';
import { DEFAULT_DEDUP_TTL_MS } from '../channels/slack/event-deduplicator.js';
import type { Redis } from './redis-connection.js';

export interface RedisDeduplicatorOptions {
  readonly client: Redis;
  readonly keyPrefix: string;
  /** How long an id is remembered; Slack's last retry comes about 5 minutes after the first delivery. */
  readonly ttlMs?: number;
}

export class RedisEventDeduplicator implements EventDeduplicator {
  constructor(private readonly options: RedisDeduplicatorOptions) {}

  async firstTime(eventId: string): Promise<boolean> {
    const { client, keyPrefix, ttlMs = DEFAULT_DEDUP_TTL_MS } = this.options;
    return (await client.set(`${keyPrefix}slack-event:${eventId}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }
}
