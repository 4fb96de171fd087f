import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/create-app.js';
import { realBot } from '../support/real-bot.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp({ engine: realBot().engine, logError: () => {} });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function ask(question: string, sessionId?: string) {
  const response = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, sessionId }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { sessionId: string; intent: string; fallback: boolean; citations: unknown[] };
}

describe('small talk through POST /api/ask', () => {
  it.each(['hello', 'ok', 'cool', 'thanks', 'bye', '?', 'help'])('replies to "%s" in the middle of a conversation without citations', async (message) => {
    const first = await ask('Why was the CFO arrested?');
    expect(first.citations.length).toBeGreaterThan(0);
    const reply = await ask(message, first.sessionId);
    expect(reply).toMatchObject({ fallback: false, citations: [] });
    expect(reply.intent).toMatch(/^smalltalk\./);
  });

  it('answers "help" with the capabilities reply', async () => {
    const first = await ask('How much profit did Huawei make?');
    expect(await ask('help', first.sessionId)).toMatchObject({ intent: 'smalltalk.capabilities', citations: [] });
  });
});
