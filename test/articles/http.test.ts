/**
 * Several articles in one app, in-process: the list, asking one article by
 * slug, the default article on the old route, 404 for an unknown slug, and
 * conversations and cached answers that stay with their article.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bootstrap.js';
import { createApp, type AppParts } from '../../src/channels/http/create-app.js';
import { createWebChannel } from '../../src/channels/web/create-web-channel.js';
import { loadConfig } from '../../src/config.js';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';

const SOURCE = { url: 'https://news.example/acme', byline: 'By Jane Roe', published: '2026-03-02' };
const root = articleRoot({ acme: ACME, huawei: HUAWEI }, { acme: { 'source.json': SOURCE } });
const twinRoot = articleRoot({ acme: ACME, 'acme-copy': ACME });
let bot: Bot;
const servers: Server[] = [];

async function serve(parts: Omit<AppParts, 'articles'> = {}, { articles } = bot): Promise<string> {
  const app = createApp({ articles, channels: [createWebChannel(articles, { widgetOrigins: [], articleUrl: undefined })], logError: () => {}, ...parts });
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let base: string;
beforeAll(async () => {
  bot = createBot(loadConfig({ ...root.env, DEFAULT_ARTICLE: 'huawei' }));
  base = await serve();
});
afterAll(() => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));

async function ask(path: string, question: string, sessionId?: string, at = base) {
  const response = await fetch(`${at}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, sessionId }) });
  return { status: response.status, body: (await response.json()) as { sessionId: string; answer: string; fallback: boolean; citations: Array<{ id: string; text: string }>; error?: { code: string; message: string } } };
}

describe('GET /api/articles', () => {
  it('lists every article with its slug, headline and sentence count, the source when it has one, and the default', async () => {
    const response = await fetch(`${base}/api/articles`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      defaultArticle: 'huawei',
      articles: [
        { slug: 'acme', headline: 'Acme sales top 5 billion dollars', sentenceCount: 4, source: SOURCE },
        { slug: 'huawei', headline: 'Huawei defends security record as annual sales top 100 billion dollars', sentenceCount: 31 },
      ],
    });
  });
});

describe('POST /api/articles/:slug/ask', () => {
  it('answers about the article the slug names, citing its sentences', async () => {
    const { status, body } = await ask('/api/articles/acme/ask', 'Where will the new factory be?');
    expect(status).toBe(200);
    expect(body.citations).toEqual([expect.objectContaining({ id: 's4', text: 'Mrs Doe said the company would open a new factory in Spain.' })]);
    expect((await ask('/api/articles/huawei/ask', 'How much profit did Huawei make?')).body.citations[0]?.id).toBe('s29');
  });

  it('answers the same question from each article on its own, cache or no cache', async () => {
    const question = 'How much were the sales last year?';
    const [acme, huawei, acmeAgain] = [await ask('/api/articles/acme/ask', question), await ask('/api/articles/huawei/ask', question), await ask('/api/articles/acme/ask', question)];
    expect(acme.body.citations.map((c) => c.text).join(' ')).toContain('5 billion dollars');
    expect(huawei.body.citations.map((c) => c.text).join(' ')).not.toContain('Acme');
    expect(acmeAgain.body).toEqual({ ...acme.body, sessionId: acmeAgain.body.sessionId });
  });

  it('keeps a session id used on two articles as two conversations', async () => {
    // Two copies of one article: only the conversation can tell them apart, and "What else?" answers by it.
    const twins = createBot(loadConfig(twinRoot.env));
    const twinBase = await serve({}, twins);
    const reply = async (slug: string, question: string, sessionId: string) => (await ask(`/api/articles/${slug}/ask`, question, sessionId, twinBase)).body;
    const opening = await reply('acme', 'What else?', 'alone-a');
    await reply('acme', 'How much profit did Acme make?', 'alone-b');
    const followUp = await reply('acme', 'What else?', 'alone-b');
    expect(followUp.answer).not.toBe(opening.answer);

    await reply('acme', 'How much profit did Acme make?', 'shared-id');
    expect(await reply('acme-copy', 'What else?', 'shared-id')).toEqual({ ...opening, sessionId: 'shared-id' });
    expect(await reply('acme', 'What else?', 'shared-id')).toEqual({ ...followUp, sessionId: 'shared-id' });
  });

  it('answers an unknown article 404 article_not_found, pointing at the list', async () => {
    expect(await ask('/api/articles/tesla/ask', 'Who runs it?')).toEqual({
      status: 404,
      body: { error: { code: 'article_not_found', message: 'There is no article "tesla"; GET /api/articles lists them.' } },
    });
    const odd = await ask(`/api/articles/${encodeURIComponent('<b>x</b>')}/ask`, 'Who?');
    expect(odd).toEqual({ status: 404, body: { error: { code: 'article_not_found', message: 'There is no article with that slug; GET /api/articles lists them.' } } });
  });

  it('refuses other methods with 405 and Allow: POST', async () => {
    const response = await fetch(`${base}/api/articles/acme/ask`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('GET is not allowed on /api/articles/acme/ask; use POST.');
  });

  it('counts against the same per-client rate limit as /api/ask', async () => {
    const limited = await serve({ rateLimit: { perMinute: 1, burst: 1, ipv6Prefix: 64, exempt: [] } });
    const post = (path: string) => fetch(`${limited}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question":"hi"}' });
    expect((await post('/api/articles/acme/ask')).status).toBe(200);
    expect((await post('/api/ask')).status).toBe(429);
    expect((await post('/api/articles/huawei/ask')).status).toBe(429);
  });
});

describe('POST /api/ask', () => {
  it('answers about the default article, so existing clients keep working', async () => {
    expect((await ask('/api/ask', 'How much profit did Huawei make?')).body.citations[0]?.id).toBe('s29');
    expect((await ask('/api/ask', 'Where will the new factory be?')).body.citations.some((c) => c.text.includes('Spain'))).toBe(false);
  });
});

describe('demo pages', () => {
  it('serves each article at /articles/:slug with the widget asking about it', async () => {
    const response = await fetch(`${base}/articles/acme`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1><span id="s1" data-sentence>Acme sales top 5 billion dollars</span></h1>');
    expect(html).toContain('<script src="../widget.js" data-article="acme" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="../demo.css">');
    expect(html).toContain(`<a href="${SOURCE.url}">Read the original article</a>`);
  });

  it('serves the default article at /, its widget on the default route', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('Huawei defends security record');
    expect(html).toContain('<script src="widget.js" defer></script>');
  });

  it('answers an unknown article page 404, and a known one asked with POST 405', async () => {
    const missing = await fetch(`${base}/articles/tesla`);
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([404, 'article_not_found']);
    const wrongMethod = await fetch(`${base}/articles/acme`, { method: 'POST' });
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});
