import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../src/channels/slack/slack-text.js';
import { ALICE, CHANNEL, nowSeconds, sign, startHarness, TEAM, type Harness } from './harness.js';

const SALES = "What were Huawei's sales last year?";

function command(text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM,
    team_domain: 'example',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: ALICE,
    user_name: 'alice',
    command: '/ask-article',
    text,
    api_app_id: 'A0TEST',
    response_url: responseUrl,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('/ask-article', () => {
  it('answers ephemerally in the response, with the cited sentences', async () => {
    const response = await h.sendCommand(command(SALES, h.fake.responseUrl));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_type: string; text: string; blocks: Array<{ text: { text: string } }> };
    const expected = await h.engine.ask({ question: SALES, sessionId: 'expected-command' });
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe(escapeMrkdwn(expected.answer));
    expect(body.blocks.map((block) => block.text.text).slice(1)).toEqual(expected.citations.map((c) => `>${escapeMrkdwn(c.text)}\n_(sentence ${c.id})_`));
    await h.channel.idle();
    expect(h.fake.calls).toEqual([]);
    expect(h.asked.at(-1)).toMatchObject({ sessionId: `slack:${TEAM}:${CHANNEL}:command:${ALICE}`, channel: 'slack' });
  });

  it('explains itself when given no question', async () => {
    const response = await h.sendCommand(command('', h.fake.responseUrl));
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Ask me about the article/) });
  });

  it('rejects an unsigned or wrongly signed command with 401', async () => {
    expect((await h.sendCommand(command(SALES, h.fake.responseUrl), { signature: null })).status).toBe(401);
    const stale = String(nowSeconds() - 600);
    const body = new URLSearchParams(command(SALES, h.fake.responseUrl)).toString();
    expect((await h.sendCommand(command(SALES, h.fake.responseUrl), { timestamp: stale, signature: sign(body, stale) })).status).toBe(401);
    expect((await h.sendCommand(command(SALES, h.fake.responseUrl), { signature: sign(body, String(nowSeconds()), 'other') })).status).toBe(401);
  });

  it('rejects a signed body that is not a command with 400', async () => {
    const response = await h.sendCommand({ hello: 'world' });
    expect(response.status).toBe(400);
  });

  it('acknowledges in time when the answer is slow, and sends it to the response_url', async () => {
    const slow = await startHarness({ engineDelayMs: 2000, channel: { commandDeadlineMs: 100 } });
    try {
      const started = Date.now();
      const response = await slow.sendCommand(command(SALES, slow.fake.responseUrl));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(await response.json()).toMatchObject({ response_type: 'ephemeral', text: 'Looking that up…' });
      await slow.channel.idle();
      const expected = await slow.engine.ask({ question: SALES, sessionId: 'expected-slow' });
      expect(slow.fake.responses).toEqual([expect.objectContaining({ response_type: 'ephemeral', text: escapeMrkdwn(expected.answer) })]);
    } finally {
      await slow.close();
    }
  });
});
