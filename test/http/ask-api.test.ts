import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/create-app.js';
import { realBot } from '../support/real-bot.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp({ articles: realBot().articles, logError: () => {} });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ask = (body: string, contentType = 'application/json') =>
  fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': contentType }, body });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe('POST /api/ask', () => {
  it('answers with the documented shape and a new session id', async () => {
    const response = await ask(JSON.stringify({ question: 'How much profit did Huawei make?' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const body = JSON.parse(text);
    expect(body).toMatchObject({ intent: 'finance.profit', fallback: false, citations: [{ id: 's29' }] });
    expect(Object.keys(body).sort()).toEqual(['answer', 'citations', 'confidence', 'fallback', 'intent', 'sessionId', 'suggestions']);
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the conversation of a client-chosen session id', async () => {
    await ask(JSON.stringify({ question: 'Who is Guo Ping?', sessionId: 'reader-42' }));
    const response = await ask(JSON.stringify({ question: 'What did he say about backdoors?', sessionId: 'reader-42' }));
    const body = await response.json();
    expect(body.sessionId).toBe('reader-42');
    expect(body.citations[0].id).toBe('s11');
  });

  it.each([
    ['a missing question', {}],
    ['an empty question', { question: '   ' }],
    ['a question that is not a string', { question: 42 }],
    ['a question over 500 characters', { question: 'a'.repeat(501) }],
    ['a malformed session id', { question: 'hi', sessionId: '../etc' }],
    ['a body that is not an object', ['question']],
  ])('rejects %s with 400', async (_name, body) => {
    await expectError(await ask(JSON.stringify(body)), 400, 'invalid_request');
  });

  it('rejects malformed JSON with 400', async () => {
    await expectError(await ask('{"question": '), 400, 'invalid_json');
  });

  it('rejects a body over 16 KB with 413', async () => {
    await expectError(await ask(JSON.stringify({ question: 'x'.repeat(20_000) })), 413, 'payload_too_large');
  });

  it('rejects a body that is not JSON with 415', async () => {
    await expectError(await ask('question=hi', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  });

  it('rejects other methods with 405 and unknown routes with 404, and keeps answering', async () => {
    await expectError(await fetch(`${base}/api/ask`), 405, 'method_not_allowed');
    await expectError(await fetch(`${base}/api/nothing`), 404, 'not_found');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await ask(JSON.stringify({ question: 'hello' }))).status).toBe(200);
  });
});

/** Asks through the API as a client would, in the conversation `sessionId` when given. */
async function askInConversation(question: string, sessionId?: string) {
  const response = await ask(JSON.stringify({ question, sessionId }));
  expect(response.status).toBe(200);
  return (await response.json()) as { sessionId: string; intent: string; fallback: boolean; citations: unknown[] };
}

describe('small talk through POST /api/ask', () => {
  it.each(['hello', 'ok', 'cool', 'thanks', 'bye', '?', 'help'])('replies to "%s" in the middle of a conversation without citations', async (message) => {
    const first = await askInConversation('Why was the CFO arrested?');
    expect(first.citations.length).toBeGreaterThan(0);
    const reply = await askInConversation(message, first.sessionId);
    expect(reply).toMatchObject({ fallback: false, citations: [] });
    expect(reply.intent).toMatch(/^smalltalk\./);
  });

  it('answers "help" with the capabilities reply', async () => {
    const first = await askInConversation('How much profit did Huawei make?');
    expect(await askInConversation('help', first.sessionId)).toMatchObject({ intent: 'smalltalk.capabilities', citations: [] });
  });
});
