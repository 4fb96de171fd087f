/**
 * Several articles in Slack, against the fake Web API: `/ask-article <slug> …`
 * picks an article, a channel can have a default one (SLACK_CHANNEL_ARTICLES),
 * and everything else asks the bot's default article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';
import { ALICE, CHANNEL, directMessage, DM, mention, startHarness, TEAM, type Harness } from './harness.js';

const ACME_CHANNEL = 'C0ACME';
const FACTORY = 'Where will the new factory be?';
const ACME_SUGGESTION = 'How much profit did Acme make?';
const root = articleRoot({ acme: ACME, huawei: HUAWEI });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { ...root.env, DEFAULT_ARTICLE: 'huawei', SLACK_CHANNEL_ARTICLES: `${ACME_CHANNEL}:acme` } });
});
afterAll(async () => {
  await h?.close();
});

function command(text: string, channel = CHANNEL): Record<string, string> {
  return { team_id: TEAM, channel_id: channel, user_id: ALICE, command: '/ask-article', text };
}

async function ephemeral(text: string, channel?: string): Promise<string> {
  const response = await h.sendCommand(command(text, channel));
  expect(response.status).toBe(200);
  return ((await response.json()) as { text: string }).text;
}

async function deliver(event: Record<string, unknown>): Promise<void> {
  expect((await h.sendEvent(event)).status).toBe(200);
  await h.channel.idle();
}

describe('/ask-article with an article slug first', () => {
  it('asks the named article the rest of the text', async () => {
    expect(await ephemeral(`acme ${FACTORY}`)).toContain('Spain');
    expect(h.asked.at(-1)).toMatchObject({ article: 'acme', question: FACTORY });
  });

  it('takes the slug in any case, and a first word that names no article as part of the question', async () => {
    await ephemeral(`ACME ${FACTORY}`);
    expect(h.asked.at(-1)).toMatchObject({ article: 'acme', question: FACTORY });
    await ephemeral('Huaweis profit?');
    expect(h.asked.at(-1)).toMatchObject({ article: 'huawei', question: 'Huaweis profit?' });
  });

  it("offers the named article's own example questions when the slug comes alone", async () => {
    const text = await ephemeral('acme');
    expect(text).toMatch(/^Ask me about the article, for example/);
    expect(text).toContain(`“${ACME_SUGGESTION}”`);
  });
});

describe('default articles', () => {
  it("answers a command without a slug about the channel's default article, else the bot's", async () => {
    expect(await ephemeral(FACTORY, ACME_CHANNEL)).toContain('Spain');
    expect(h.asked.at(-1)?.article).toBe('acme');
    await ephemeral('How much profit did Huawei make?');
    expect(h.asked.at(-1)?.article).toBe('huawei');
  });

  it("answers a mention about its channel's default article", async () => {
    await deliver(mention(FACTORY, { channel: ACME_CHANNEL }));
    expect(h.asked.at(-1)).toMatchObject({ article: 'acme', question: FACTORY });
    expect(h.fake.posts.at(-1)?.params.channel).toBe(ACME_CHANNEL);
    expect(String(h.fake.posts.at(-1)?.params.text)).toContain('Spain');
  });

  it("answers a direct message about the bot's default article", async () => {
    await deliver(directMessage('How much profit did Huawei make?'));
    expect(h.asked.at(-1)?.article).toBe('huawei');
    expect(h.fake.posts.at(-1)?.params.channel).toBe(DM);
  });
});
