/**
 * Two bot processes sharing one real Redis, as behind a load balancer: they
 * share conversations, answer a Slack event once between them, keep
 * answering through a Redis outage (saying so on /readyz and in the log),
 * recover when it returns, and never log the Redis password or Slack secrets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack.js';
import { BOT_TOKEN, mention, SIGNING_SECRET, sign } from '../slack/harness.js';
import { ask, botEnv, eventually, startBot, type BotProcess } from './support/bot-process.js';
import { REDIS_PASSWORD, testRedis, type TestRedis } from './support/redis-server.js';

let redis: TestRedis;
let fake: FakeSlack;
let first: BotProcess;
let second: BotProcess;

beforeAll(async () => {
  redis = await testRedis();
  fake = await startFakeSlack(BOT_TOKEN);
  const env = () =>
    botEnv({ REDIS_URL: redis.url, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.apiUrl, RATE_LIMIT_PER_MINUTE: '0' });
  [first, second] = await Promise.all([startBot(env()), startBot(env())]);
  await Promise.all([first, second].map((bot) => eventually(async () => (await fetch(`${bot.url}/readyz`)).status === 200)));
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await fake?.close();
  await redis?.stop();
});

const readiness = async (bot: BotProcess) => {
  const response = await fetch(`${bot.url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, string> } };
};

function sendEvent(bot: BotProcess, envelope: unknown): Promise<Response> {
  const body = JSON.stringify(envelope);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${bot.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': sign(body, timestamp) },
    body,
  });
}

describe('two bot processes sharing Redis', () => {
  it('continues on the second process a conversation begun on the first', async () => {
    const opened = await ask(first.url, 'Who is Guo Ping?', 'shared-reader-1');
    expect(opened.body.fallback).toBe(false);
    const followUp = await ask(second.url, 'What did he say about backdoors?', 'shared-reader-1');
    expect(followUp.status).toBe(200);
    expect(followUp.body.citations[0].id).toBe('s11');

    const figures = await ask(second.url, 'What were sales last year?', 'shared-reader-2');
    expect(figures.body.fallback).toBe(false);
    const inPounds = await ask(first.url, 'And profit?', 'shared-reader-2');
    expect(inPounds.body.intent).toBe('finance.profit');
  });

  it('counts the shared conversations in both processes’ metrics', async () => {
    for (const bot of [first, second]) {
      const text = await (await fetch(`${bot.url}/metrics`)).text();
      expect(Number(/^bot_sessions (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/^bot_session_store_up 1$/m);
    }
  });

  it('answers a Slack event delivered to both processes once', async () => {
    const event = mention('How much profit did Huawei make?');
    const responses = await Promise.all([sendEvent(first, event), sendEvent(second, event), sendEvent(first, event)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    await eventually(() => fake.posts.length >= 1);
    // Give a duplicate every chance to arrive before concluding there is none.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fake.posts).toHaveLength(1);
    expect(String(fake.posts[0]?.params.text)).toContain('8.6 billion');
  });

  it('keeps answering without context while Redis is down, reports it on /readyz, and recovers when it returns', async () => {
    await ask(first.url, 'Who is Guo Ping?', 'outage-reader');
    await redis.stop();

    const started = Date.now();
    const during = await ask(first.url, 'How much profit did Huawei make?', 'outage-reader');
    expect(during.status).toBe(200);
    expect(during.body.citations[0].id).toBe('s29');
    expect(Date.now() - started).toBeLessThan(2000);
    const orphan = await ask(second.url, 'What did he say about backdoors?', 'outage-reader');
    expect(orphan.status).toBe(200);

    for (const bot of [first, second]) {
      const down = await readiness(bot);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('unavailable');
      expect(down.body.checks.knowledge).toBe('ok');
      expect(down.body.checks.sessions).not.toBe('ok');
      // The public probe says what is wrong, not where Redis lives.
      expect(JSON.stringify(down.body)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${redis.port}`));
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    }
    await eventually(() => first.records().some((record) => record.level === 'warn' && /Redis/.test(String(record.msg))));

    await redis.start();
    await eventually(async () => (await readiness(first)).status === 200 && (await readiness(second)).status === 200, 20_000);
    expect(first.records().some((record) => record.msg === 'Redis is back: conversations are shared again')).toBe(true);

    await ask(first.url, 'Who is Guo Ping?', 'after-outage');
    const followUp = await ask(second.url, 'What did he say about backdoors?', 'after-outage');
    expect(followUp.body.citations[0].id).toBe('s11');
  });

  it('logs requests without the Redis password or the Slack secrets', () => {
    const output = [...first.lines, ...second.lines].join('\n');
    expect(output).toContain('"msg":"answered"');
    for (const secret of [REDIS_PASSWORD, SIGNING_SECRET, BOT_TOKEN]) expect(output).not.toContain(secret);
  });
});
