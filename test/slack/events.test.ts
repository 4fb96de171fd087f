import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ID } from '../../src/channels/http/ask-route.js';
import { escapeMrkdwn } from '../../src/channels/slack/slack-text.js';
import {
  ALICE,
  BOT_ID,
  BOT_USER,
  blockTexts,
  CHANNEL,
  directMessage,
  DM,
  envelope,
  mention,
  nowSeconds,
  sign,
  startHarness,
  TEAM,
  uniqueTs,
  type Harness,
} from './harness.js';

const SALES = "What were Huawei's sales last year?";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Sends an event, checks Slack got its 200, and waits until the answer (if any) has been sent. */
async function deliver(event: unknown, headers?: Record<string, string>): Promise<void> {
  const response = await h.sendEvent(event, headers === undefined ? {} : { headers });
  expect(response.status).toBe(200);
  await h.channel.idle();
  expect(h.logs.filter((entry) => entry.level === 'error')).toEqual([]);
}

function postsTo(channel: string, threadTs?: string) {
  return h.fake.posts.filter((post) => post.params.channel === channel && post.params.thread_ts === threadTs);
}

describe('Slack Events API', () => {
  it('calls nothing on Slack before an event arrives', () => {
    expect(h.fake.calls).toEqual([]);
  });

  it('answers url_verification with the challenge', async () => {
    const response = await h.sendEvent({ token: 'x', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('answers a mention in its thread, quoting the cited sentences with their ids', async () => {
    const event = mention(SALES);
    const ts = (event.event as { ts: string }).ts;
    await deliver(event);

    const expected = await h.engine.ask({ question: SALES, sessionId: 'expected-mention' });
    expect(expected.citations.length).toBeGreaterThan(0);
    const [post, ...others] = postsTo(CHANNEL, ts);
    expect(others).toEqual([]);
    expect(post?.token).toBe('xoxb-test-token');
    expect(post?.params.text).toBe(escapeMrkdwn(expected.answer));
    const texts = blockTexts(post!.params);
    expect(texts[0]).toBe(escapeMrkdwn(expected.answer));
    for (const [index, citation] of expected.citations.entries()) {
      expect(texts[index + 1]).toBe(`>${escapeMrkdwn(citation.text)}\n_(sentence ${citation.id})_`);
    }
    expect(texts.join('\n')).toContain('100 billion US dollars');
  });

  it("answers a mention inside a thread in that thread, not in a new one", async () => {
    const threadTs = uniqueTs();
    await deliver(mention(SALES, { thread_ts: threadTs }));
    expect(postsTo(CHANNEL, threadTs)).toHaveLength(1);
  });

  it('keeps the conversation per thread, so "and profit?" follows up the question before it', async () => {
    const first = mention(SALES);
    const threadTs = (first.event as { ts: string }).ts;
    await deliver(first);
    await deliver(mention('and profit?', { thread_ts: threadTs }));
    await deliver(mention('and in pounds?', { thread_ts: threadTs }));
    // Another thread asking the same thing starts without that context.
    const elsewhere = mention('and in pounds?');
    await deliver(elsewhere);

    const expected = [];
    for (const question of [SALES, 'and profit?', 'and in pounds?']) expected.push(escapeMrkdwn((await h.engine.ask({ question, sessionId: 'expected-thread' })).answer));
    const cold = escapeMrkdwn((await h.engine.ask({ question: 'and in pounds?', sessionId: 'expected-cold' })).answer);
    expect(cold).not.toBe(expected[2]);
    expect(expected[1]).toMatch(/profit/i);
    expect(postsTo(CHANNEL, threadTs).map((post) => post.params.text)).toEqual(expected);
    expect(postsTo(CHANNEL, (elsewhere.event as { ts: string }).ts).map((post) => post.params.text)).toEqual([cold]);

    const sessions = h.asked.filter((input) => input.sessionId === `slack:${TEAM}:${CHANNEL}:${threadTs}`);
    expect(sessions.map((input) => input.question)).toEqual([SALES, 'and profit?', 'and in pounds?']);
    expect(sessions.every((input) => SESSION_ID.test(input.sessionId ?? '') && input.channel === 'slack')).toBe(true);
  });

  it('answers a direct message in the DM, keeping one conversation per DM', async () => {
    await deliver(directMessage(SALES));
    await deliver(directMessage('and in pounds?'));
    const replies = postsTo(DM);
    expect(replies).toHaveLength(2);
    expect(replies[1]?.params.text).toMatch(/£76\.6 billion/);
    expect(h.asked.slice(-2).map((input) => input.sessionId)).toEqual([`slack:${TEAM}:${DM}`, `slack:${TEAM}:${DM}`]);
  });

  it('turns a bare mention into examples of what to ask', async () => {
    const event = mention('');
    await deliver(event);
    const [post] = postsTo(CHANNEL, (event.event as { ts: string }).ts);
    expect(post?.params.text).toMatch(/^Ask me about the article, for example “/);
  });

  describe('ignores what no person asked', () => {
    const ignored: Array<[string, () => Record<string, unknown>]> = [
      ['its own message in the DM', () => directMessage(SALES, { user: BOT_USER, bot_id: BOT_ID })],
      ['its own user without a bot id', () => directMessage(SALES, { user: BOT_USER })],
      ["another bot's message", () => directMessage(SALES, { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined })],
      ['a mention posted by another bot', () => mention(SALES, { bot_id: 'B0OTHER', user: 'U0OTHERBOT' })],
      ['an edit', () => directMessage(SALES, { subtype: 'message_changed' })],
      ['a deletion', () => directMessage('', { subtype: 'message_deleted' })],
      ['a channel join', () => envelope({ type: 'message', subtype: 'channel_join', user: ALICE, text: `<@${ALICE}> has joined`, ts: uniqueTs(), channel: CHANNEL })],
    ];
    it.each(ignored)('%s', async (_name, build) => {
      const before = h.fake.calls.length;
      await deliver(build());
      expect(h.fake.calls.length).toBe(before);
    });
  });

  it('answers an event once, however often and however Slack redelivers it', async () => {
    const event = mention(SALES);
    const ts = (event.event as { ts: string }).ts;
    await deliver(event);
    await deliver(event);
    await deliver(event, { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' });
    await deliver(event, { 'X-Slack-Retry-Num': '2', 'X-Slack-Retry-Reason': 'http_error' });
    expect(postsTo(CHANNEL, ts)).toHaveLength(1);
  });

  it('acknowledges before answering, so a slow answer never keeps Slack waiting', async () => {
    const slow = await startHarness({ engineDelayMs: 2500 });
    try {
      const started = Date.now();
      const response = await slow.sendEvent(mention(SALES));
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(slow.fake.posts).toHaveLength(0);
      await slow.channel.idle();
      expect(slow.fake.posts).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });
});

describe('Slack request verification', () => {
  const body = JSON.stringify(mention(SALES));
  const stale = String(nowSeconds() - 6 * 60);
  const cases: Array<[string, { timestamp?: string | null; signature?: string | null }]> = [
    ['no signature headers at all', { timestamp: null, signature: null }],
    ['no signature', { signature: null }],
    ['no timestamp', { timestamp: null }],
    ['a signature made with another secret', { signature: sign(body, String(nowSeconds()), 'not-the-secret') }],
    ['a truncated signature', { signature: sign(body, String(nowSeconds())).slice(0, 20) }],
    ['a signature that is not hex', { signature: `v0=${'z'.repeat(64)}` }],
    ['a timestamp more than 5 minutes old, correctly signed', { timestamp: stale, signature: sign(body, stale) }],
    ['a timestamp that is not a number', { timestamp: 'yesterday' }],
  ];

  it.each(cases)('rejects %s with 401 and answers nothing', async (_name, options) => {
    const before = h.fake.calls.length;
    const response = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.timestamp === null ? {} : { 'x-slack-request-timestamp': options.timestamp ?? String(nowSeconds()) }),
        ...(options.signature === null ? {} : { 'x-slack-signature': options.signature ?? sign(body, String(nowSeconds())) }),
      },
      body,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    await h.channel.idle();
    expect(h.fake.calls.length).toBe(before);
  });

  it('rejects a body changed after signing', async () => {
    const timestamp = String(nowSeconds());
    const response = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': sign(body, timestamp) },
      body: body.replace('sales', 'profit'),
    });
    expect(response.status).toBe(401);
  });

  it('checks url_verification too', async () => {
    const response = await h.sendEvent({ type: 'url_verification', challenge: 'abc' }, { signature: null });
    expect(response.status).toBe(401);
  });

  it('keeps serving after rejected requests', async () => {
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    const event = mention(SALES);
    await deliver(event);
    expect(postsTo(CHANNEL, (event.event as { ts: string }).ts)).toHaveLength(1);
  });

  it('answers a signed body that is not JSON with 400', async () => {
    const response = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(nowSeconds()), 'x-slack-signature': sign('{oops', String(nowSeconds())) },
      body: '{oops',
    });
    expect(response.status).toBe(400);
  });
});

describe('Slack threads and the public question API', () => {
  it('keep apart: a web client sending a thread\'s session id neither reads nor changes the thread\'s context', async () => {
    const first = mention(SALES);
    const threadTs = (first.event as { ts: string }).ts;
    await deliver(first);
    const askApi = async (question: string) => {
      const response = await fetch(`${h.baseUrl}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question, sessionId: `slack:${TEAM}:${CHANNEL}:${threadTs}` }),
      });
      return (await response.json()) as { answer: string; sessionId: string };
    };
    const inThread = async (question: string, sessionId: string) => (await h.engine.ask({ question, sessionId })).answer;
    await inThread(SALES, 'expected-thread-2');
    const followUp = await inThread('and in pounds?', 'expected-thread-2');
    const cold = await inThread('and in pounds?', 'expected-cold-2');
    expect(cold).not.toBe(followUp);

    // Reading: the thread's context does not reach the web client, which gets its own id back.
    const read = await askApi('and in pounds?');
    expect(read.answer).toBe(cold);
    expect(read.sessionId).toBe(`slack:${TEAM}:${CHANNEL}:${threadTs}`);
    // Steering: a question sent with the thread's id does not become the thread's context.
    await askApi('How much profit did Huawei make?');
    await deliver(mention('and in pounds?', { thread_ts: threadTs }));
    expect(postsTo(CHANNEL, threadTs).at(-1)?.params.text).toBe(escapeMrkdwn(followUp));
  });
});
