import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, mention, startHarness, type Harness } from './harness.js';

const SALES = "What were Huawei's sales last year?";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ channel: { retry: { maxAttempts: 3, maxRetryAfterSeconds: 2 } } });
});
afterAll(async () => {
  await h?.close();
});

async function ask(question: string): Promise<string> {
  const event = mention(question);
  expect((await h.sendEvent(event)).status).toBe(200);
  await h.channel.idle();
  return (event.event as { ts: string }).ts;
}

const postAttempts = (ts: string) => h.fake.calls.filter((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts);

describe('Slack Web API failures', () => {
  it('waits out a 429 for its Retry-After, then posts the answer', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const ts = await ask(SALES);
    const [limited, accepted, ...more] = postAttempts(ts);
    expect(more).toEqual([]);
    expect(accepted!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(h.fake.posts.filter((post) => post.params.thread_ts === ts)).toHaveLength(1);
  });

  it('gives up after the last attempt and logs that Slack rate-limited it', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 }, { status: 429, retryAfter: 0 }, { status: 429, retryAfter: 0 });
    const ts = await ask(SALES);
    expect(postAttempts(ts)).toHaveLength(3);
    expect(h.logs.at(-1)).toMatchObject({ level: 'error', fields: { slackError: 'ratelimited', channel: CHANNEL, threadTs: ts } });
    // Question text is personal data: never in a line logged below debug.
    expect(JSON.stringify(h.logs.at(-1))).not.toContain(SALES);
  });

  it('does not wait when Slack asks for longer than the bound', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
    const started = Date.now();
    const ts = await ask(SALES);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(postAttempts(ts)).toHaveLength(1);
    expect(h.logs.at(-1)).toMatchObject({ level: 'error', fields: { slackError: 'ratelimited' } });
  });

  it('logs any other Slack error with its code, once, and keeps answering', async () => {
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const ts = await ask(SALES);
    expect(postAttempts(ts)).toHaveLength(1);
    expect(h.logs.at(-1)).toMatchObject({ level: 'error', message: 'could not post the answer to Slack', fields: { slackError: 'channel_not_found' } });
    expect(JSON.stringify(h.logs.at(-1))).not.toContain(SALES);

    const next = await ask(SALES);
    expect(h.fake.posts.filter((post) => post.params.thread_ts === next)).toHaveLength(1);
  });
});

describe('an unreachable Slack', () => {
  it('starts without Slack and logs the failed post instead of crashing', async () => {
    // Nothing listens on port 9 (discard) on the loopback interface of a test machine.
    const offline = await startHarness({ apiUrl: 'http://127.0.0.1:9/api/' });
    try {
      const event = mention(SALES);
      expect((await offline.sendEvent(event)).status).toBe(200);
      await offline.channel.idle();
      expect(offline.logs.at(-1)).toMatchObject({ level: 'error', fields: { slackError: 'request_error' } });
      expect((await fetch(`${offline.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await offline.close();
    }
  });
});
