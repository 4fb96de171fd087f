/**
 * Follow-ups in a thread without a second @-mention: the bot answers replies
 * in threads it has answered in, and keeps out of every other conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOT_USER, CHANNEL, envelope, mention, startHarness, uniqueTs, type Harness } from './harness.js';

const SALES = "What were Huawei's sales last year?";
const PRIVATE_CHANNEL = 'G0PRIVATE';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A channel message as `message.channels` (or `message.groups`) delivers it. */
function channelMessage(text: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = uniqueTs();
  return envelope({ type: 'message', channel_type: 'channel', user: ALICE, text, ts, event_ts: ts, channel: CHANNEL, ...fields });
}

async function deliver(event: unknown): Promise<void> {
  expect((await h.sendEvent(event)).status).toBe(200);
  await h.channel.idle();
  expect(h.logs.filter((entry) => entry.level !== 'info')).toEqual([]);
}

function postsIn(channel: string, threadTs: string) {
  return h.fake.posts.filter((post) => post.params.channel === channel && post.params.thread_ts === threadTs);
}

/** Starts a thread by mentioning the bot, and returns the thread's ts once the bot has answered in it. */
async function threadWithAnswer(channel = CHANNEL): Promise<string> {
  const first = mention(SALES, { channel });
  const threadTs = (first.event as { ts: string }).ts;
  await deliver(first);
  expect(postsIn(channel, threadTs)).toHaveLength(1);
  return threadTs;
}

describe('replies in a thread the bot answered in', () => {
  it('answers "and profit?" without a mention, in the thread, as a follow-up of the question before it', async () => {
    const threadTs = await threadWithAnswer();
    await deliver(channelMessage('and profit?', { thread_ts: threadTs }));

    const posts = postsIn(CHANNEL, threadTs);
    expect(posts).toHaveLength(2);
    expect(String(posts[1]?.params.text)).toMatch(/Profit rose 25\.1%/);
  });

  it('does the same in a private channel (message.groups)', async () => {
    const threadTs = await threadWithAnswer(PRIVATE_CHANNEL);
    await deliver(channelMessage('and profit?', { channel: PRIVATE_CHANNEL, channel_type: 'group', thread_ts: threadTs }));
    expect(postsIn(PRIVATE_CHANNEL, threadTs)).toHaveLength(2);
  });

  it('answers a reply that also mentions the bot once, through its app_mention', async () => {
    const threadTs = await threadWithAnswer();
    const ts = uniqueTs();
    const text = `<@${BOT_USER}> and profit?`;
    await deliver(envelope({ type: 'message', channel_type: 'channel', user: ALICE, text, ts, thread_ts: threadTs, channel: CHANNEL }));
    await deliver(envelope({ type: 'app_mention', user: ALICE, text, ts, thread_ts: threadTs, channel: CHANNEL }));
    expect(postsIn(CHANNEL, threadTs)).toHaveLength(2);
  });
});

describe('messages the bot keeps out of', () => {
  it('ignores a reply in a thread it never answered in', async () => {
    const threadTs = uniqueTs();
    await deliver(channelMessage('and profit?', { thread_ts: threadTs }));
    expect(postsIn(CHANNEL, threadTs)).toEqual([]);
  });

  it('ignores channel messages outside threads, even right after answering in one', async () => {
    await threadWithAnswer();
    const before = h.fake.posts.length;
    const message = channelMessage('and profit?');
    await deliver(message);
    expect(h.fake.posts.length).toBe(before);
  });

  it("ignores its own posts and other bots' in its thread", async () => {
    const threadTs = await threadWithAnswer();
    await deliver(channelMessage('Profit rose.', { thread_ts: threadTs, user: BOT_USER, bot_id: 'B0BOT' }));
    await deliver(channelMessage('and profit?', { thread_ts: threadTs, user: 'U0OTHERBOT', bot_id: 'B0OTHER' }));
    expect(postsIn(CHANNEL, threadTs)).toHaveLength(1);
  });
});
