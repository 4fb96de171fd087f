/**
 * The ask routes' usual requests skip Express (src/channels/http/direct-ask.ts);
 * the rest go through it. Either way a client must get the same response.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/create-app.js';
import { createWebChannel } from '../../src/channels/web/create-web-channel.js';
import { loadConfig } from '../../src/config.js';
import { rawRequest, type RawResponse } from '../hardening/support/raw-request.js';
import { realBot } from '../support/real-bot.js';

const WIDGET_ORIGIN = 'https://news.example';
let server: Server;
let base: string;
/** Paths of the requests that reached Express's router. */
const throughExpress: string[] = [];

beforeAll(async () => {
  const articles = realBot().articles;
  const recorder = { name: 'recorder', mount: (app: Express) => void app.use((req, _res, next) => (throughExpress.push(req.originalUrl), next())) };
  const app = createApp({
    articles,
    channels: [recorder, createWebChannel(articles, { widgetOrigins: [WIDGET_ORIGIN], articleUrl: undefined })],
    logError: () => {},
    rateLimit: { ...loadConfig({}).rateLimit, perMinute: 1_000_000, burst: 1_000_000 },
  });
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What a client can rely on: status, headers but the per-response ones, and the body without its session id. */
function comparable(response: RawResponse) {
  const { date: _date, 'x-request-id': requestId, 'content-length': _length, connection: _connection, 'keep-alive': _keepAlive, ...headers } = response.headers;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const body = response.json() as Record<string, unknown>;
  if (typeof body.sessionId === 'string') body.sessionId = 'any';
  return { status: response.status, headers, body };
}

const JSON_TYPE = { 'content-type': 'application/json', origin: WIDGET_ORIGIN };

describe('the ask routes with and without Express', () => {
  it.each<[string, string, string, Record<string, string>?]>([
    ['an answer', '/api/ask', JSON.stringify({ question: 'How much profit did Huawei make?' })],
    ['an answer about an article by slug', '/api/articles/huawei/ask', JSON.stringify({ question: 'Who is Guo Ping?' })],
    ['an unknown article', '/api/articles/no-such-article/ask', JSON.stringify({ question: 'hi' })],
    ['malformed JSON', '/api/ask', '{"question": '],
    ['a body that is not an object', '/api/ask', '"hi"'],
    ['an empty body', '/api/ask', ''],
    ['a missing question', '/api/ask', '{}'],
    ['a body with a byte-order mark', '/api/ask', '\uFEFF{"question": "Who is Guo Ping?"}'],
    ['a body with spaces before its object', '/api/ask', ' \r\n\t{"question": "Who is Guo Ping?"}'],
    ['a body that is a number', '/api/ask', '42'],
    ['a body over the limit', '/api/ask', JSON.stringify({ question: 'a'.repeat(20_000) })],
    ['a body over the limit sent in chunks', '/api/ask', JSON.stringify({ question: 'a'.repeat(20_000) }), { 'transfer-encoding': 'chunked' }],
  ])('gives %s the same response either way', async (_name, path, body, extraHeaders = {}) => {
    throughExpress.length = 0;
    const headers = { ...JSON_TYPE, ...extraHeaders };
    const direct = await rawRequest(base, { path, headers, body });
    // Express routes are not strict about a trailing slash; the direct path takes only the exact path.
    const general = await rawRequest(base, { path: `${path}/`, headers, body });
    expect(throughExpress).toEqual([`${path}/`]);
    expect(comparable(direct)).toEqual(comparable(general));
  });

  it('serves the usual POSTs directly and leaves every other request to Express', async () => {
    throughExpress.length = 0;
    const ask = JSON.stringify({ question: 'hi' });
    await rawRequest(base, { path: '/api/ask', headers: { 'content-type': 'application/json' }, body: ask });
    await rawRequest(base, { path: '/api/ask?lang=en', headers: { 'content-type': 'application/json; charset=utf-8' }, body: ask });
    await rawRequest(base, { path: '/api/articles/huawei/ask', headers: { 'content-type': 'Application/JSON' }, body: ask });
    expect(throughExpress).toEqual([]);
    await rawRequest(base, { path: '/api/ask', headers: { 'content-type': 'text/plain' }, body: ask });
    await rawRequest(base, { path: '/api/ask', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: ask });
    await rawRequest(base, { method: 'GET', path: '/api/ask' });
    await rawRequest(base, { method: 'OPTIONS', path: '/api/ask', headers: { origin: WIDGET_ORIGIN, 'access-control-request-method': 'POST' } });
    await rawRequest(base, { path: '/API/ASK', headers: { 'content-type': 'application/json' }, body: ask });
    expect(throughExpress).toEqual(['/api/ask', '/api/ask', '/api/ask', '/api/ask', '/API/ASK']);
  });
});
