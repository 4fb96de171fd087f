/**
 * The HTTP API against malformed and hostile requests: each gets the right
 * 4xx with a JSON `{"error": {"code", "message"}}` body (never a 500, never
 * an unexpected error), prototype-pollution keys do nothing, invisible
 * characters never reach the engine, and the server keeps answering.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBot } from '../support/real-bot.js';
import { contractProblems } from './support/api-contract.js';
import { hostileQuestion } from './support/hostile-questions.js';
import { startInProcess, type InProcessApp } from './support/in-process-app.js';
import { rawRequest, type RawResponse } from './support/raw-request.js';

let app: InProcessApp;
beforeAll(async () => {
  app = await startInProcess();
});
afterAll(() => app.close());

const json = { 'content-type': 'application/json' };
const post = (body: string | Buffer, headers: Record<string, string> = json) => rawRequest(app.base, { body, headers });

function expectError(response: RawResponse, status: number, code?: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  if (code !== undefined) expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
}

async function expectStillAnswering(): Promise<void> {
  const response = await post(JSON.stringify({ question: 'How much profit did Huawei make?' }));
  expect(response.status).toBe(200);
  expect(response.json().citations[0].id).toBe('s29');
  expect(app.unexpected).toEqual([]);
}

describe('malformed JSON', () => {
  it.each(['{', '{"question": }', '{"question": "hi",}', "{'question': 'hi'}", 'nul', '"just a string"', '42', '\u0000', '{"question": "hi"} trailing'])(
    'rejects %j with 400',
    async (body) => {
      const response = await post(body);
      expect(response.status).toBe(400);
      expectError(response, 400);
    },
  );

  it('rejects an empty body with 400', async () => {
    expectError(await post(''), 400, 'invalid_request');
  });
});

describe('wrong types and nested objects', () => {
  it.each([
    ['a number', { question: 42 }],
    ['a boolean', { question: true }],
    ['null', { question: null }],
    ['a list', { question: ['How much profit?'] }],
    ['an object', { question: { text: 'How much profit?' } }],
    ['a deeply nested object', { question: JSON.parse(`${'{"a":'.repeat(500)}"x"${'}'.repeat(500)}`) }],
    ['a numeric session id', { question: 'hi', sessionId: 7 }],
    ['an object session id', { question: 'hi', sessionId: { id: 'x' } }],
    ['a list body', [{ question: 'hi' }]],
  ])('rejects a question or session id that is %s with 400 invalid_request', async (_name, body) => {
    expectError(await post(JSON.stringify(body)), 400, 'invalid_request');
  });

  it('rejects JSON nested thousands of levels deep without failing', async () => {
    expectError(await post(`${'['.repeat(5000)}${']'.repeat(5000)}`), 400);
    expectError(await post(`{"question":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`), 400);
    await expectStillAnswering();
  });
});

describe('oversized bodies', () => {
  it('rejects a body over 16 KB with 413, announced or chunked', async () => {
    const big = JSON.stringify({ question: 'x'.repeat(17_000) });
    expectError(await post(big), 413, 'payload_too_large');
    expectError(await rawRequest(app.base, { headers: { ...json, 'transfer-encoding': 'chunked' }, body: big }), 413, 'payload_too_large');
  });

  it('rejects a 5 MB body with 413 without reading it all', async () => {
    expectError(await post(Buffer.alloc(5 * 1024 * 1024, 'a')), 413, 'payload_too_large');
  });

  it('rejects a small gzip body that inflates past the limit with 413', async () => {
    const bomb = gzipSync(JSON.stringify({ question: ' '.repeat(2_000_000) }));
    expect(bomb.length).toBeLessThan(16_000);
    expectError(await post(bomb, { ...json, 'content-encoding': 'gzip' }), 413, 'payload_too_large');
  });

  it('rejects a corrupt gzip body and an unknown encoding as client errors', async () => {
    expectError(await post(Buffer.from('not gzip at all'), { ...json, 'content-encoding': 'gzip' }), 400, 'invalid_request');
    expectError(await post('{}', { ...json, 'content-encoding': 'compress' }), 415, 'unsupported_media_type');
    await expectStillAnswering();
  });

  it('rejects a question over 500 characters with 400', async () => {
    expectError(await post(JSON.stringify({ question: 'é'.repeat(501) })), 400, 'invalid_request');
  });
});

describe('methods and content types', () => {
  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('answers %s /api/ask with 405 and Allow: POST', async (method) => {
    const response = await rawRequest(app.base, { method });
    expectError(response, 405, 'method_not_allowed');
    expect(response.headers.allow).toBe('POST');
  });

  it.each([
    ['/healthz', 'GET, HEAD'],
    ['/readyz', 'GET, HEAD'],
    ['/metrics', 'GET, HEAD'],
    ['/', 'GET, HEAD'],
    ['/widget.js', 'GET, HEAD'],
  ])('answers POST %s with 405 and Allow', async (path, allow) => {
    const response = await rawRequest(app.base, { path, body: '{}', headers: json });
    expectError(response, 405, 'method_not_allowed');
    expect(response.headers.allow).toBe(allow);
  });

  it('answers unknown paths with 404 JSON, whatever the method', async () => {
    for (const [method, path] of [['GET', '/nope'], ['POST', '/api/asks'], ['DELETE', '/api'], ['GET', '/api/ask/../../etc/passwd'], ['GET', '/%2e%2e/knowledge/facts.json']] as const) {
      expectError(await rawRequest(app.base, { method, path }), 404, 'not_found');
    }
  });

  it.each([
    ['no content type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['a JSON look-alike', { 'content-type': 'application/jsonp' }],
    ['XML', { 'content-type': 'application/xml' }],
  ])('rejects %s with 415', async (_name, headers) => {
    expectError(await post(JSON.stringify({ question: 'hi' }), headers), 415, 'unsupported_media_type');
  });

  it('rejects JSON in a non-Unicode charset with 415, and accepts an explicit utf-8', async () => {
    expectError(await post(JSON.stringify({ question: 'hi' }), { 'content-type': 'application/json; charset=iso-8859-1' }), 415, 'unsupported_media_type');
    expect((await post(JSON.stringify({ question: 'hi' }), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});

describe('prototype pollution', () => {
  it.each([
    '{"question": "How much profit did Huawei make?", "__proto__": {"polluted": true, "question": "x"}}',
    '{"__proto__": {"polluted": true}, "question": "How much profit did Huawei make?"}',
    '{"question": "How much profit did Huawei make?", "constructor": {"prototype": {"polluted": true}}}',
    '{"question": "How much profit did Huawei make?", "prototype": {"polluted": true}, "toString": 1, "hasOwnProperty": 2}',
  ])('ignores the extra keys in %s and pollutes nothing', async (body) => {
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(response.json().citations[0].id).toBe('s29');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not take a question from the prototype', async () => {
    expectError(await post('{"__proto__": {"question": "How much profit did Huawei make?"}}'), 400, 'invalid_request');
  });

  it('keeps conversations whose ids are Object.prototype names apart and working', async () => {
    for (const sessionId of ['constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      await post(JSON.stringify({ question: 'Who is Guo Ping?', sessionId }));
      const followUp = await post(JSON.stringify({ question: 'What did he say about backdoors?', sessionId }));
      expect(followUp.json()).toMatchObject({ sessionId, citations: [{ id: 's11' }] });
    }
    expectError(await post(JSON.stringify({ question: 'hi', sessionId: '__proto__' })), 400, 'invalid_request');
  });
});

describe('control and invisible characters', () => {
  it('strips them before the engine, the logs and the unanswered-questions file see the question', async () => {
    const response = await post(JSON.stringify({ question: 'How much\u0000 profit\u200b did\u202e Huawei\u0007 make?\u001b[31m' }));
    expect(response.json().citations[0].id).toBe('s29');
    const asked = app.observed.at(-1)?.input.question ?? '';
    expect(asked).toBe('How much profit did Huawei make? [31m');
    expect(asked).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/);
  });

  it('treats a question of only invisible characters as empty', async () => {
    expectError(await post(JSON.stringify({ question: '\u0000\u200b\u202e\t\n\ufeff' })), 400, 'invalid_request');
  });
});

describe('request ids', () => {
  it('echoes a sane X-Request-Id and replaces anything else with a new one', async () => {
    const kept = await rawRequest(app.base, { method: 'GET', path: '/healthz', headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(kept.headers['x-request-id']).toBe('lb-1234.abc');
    for (const offered of ['<script>', 'x'.repeat(200), 'a b']) {
      const replaced = await rawRequest(app.base, { method: 'GET', path: '/healthz', headers: { 'x-request-id': offered } });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('generated request bodies', () => {
  it('answers any JSON body with the contract or a 4xx error, never a 5xx', { timeout: 120_000 }, async () => {
    const { knowledge } = realBot().engine;
    const body = fc.oneof(
      fc.record({ question: hostileQuestion }),
      fc.record({ question: hostileQuestion, sessionId: fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/)) }),
      fc.record({ question: fc.jsonValue(), sessionId: fc.jsonValue() }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const response = await post(JSON.stringify(value) ?? 'null');
        if (response.status === 200) {
          const problems = contractProblems(response.json(), knowledge);
          if (problems.length > 0) throw new Error(`${JSON.stringify(value)} → ${problems.join('; ')}`);
        } else {
          expect([400, 413]).toContain(response.status);
          expect(Object.keys(response.json().error).sort()).toEqual(['code', 'message']);
        }
      }),
      { numRuns: 1000 },
    );
    await expectStillAnswering();
  });
});
