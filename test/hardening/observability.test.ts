/** Logs, metrics and probes: what an operator sees. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { UnansweredLog, UnansweredRecord } from '../../src/evaluation/unanswered-log.js';
import { limitPendingWrites } from '../../src/operations/limit-pending-writes.js';
import { createLogger } from '../../src/operations/logger.js';
import { observeEngine } from '../../src/operations/observe-engine.js';
import { checkReadiness } from '../../src/operations/readiness.js';
import { realBot } from '../support/real-bot.js';
import { startInProcess } from './support/in-process-app.js';
import { rawRequest } from './support/raw-request.js';

const askWith = (base: string, question: string, requestId?: string) =>
  rawRequest(base, { headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) }, body: JSON.stringify({ question }) });

describe('structured logs', () => {
  it('log each answer with its request id, channel, intent, confidence, fallback and latency, without the question', async () => {
    const app = await startInProcess();
    try {
      await askWith(app.base, 'How much profit did Huawei make?', 'req-answered-1');
      await askWith(app.base, 'How many employees does Huawei have?', 'req-fallback-1');
      const answered = app.logs.find((line) => line.requestId === 'req-answered-1' && line.msg === 'answered');
      expect(answered).toMatchObject({ level: 'info', channel: 'http', outcome: 'answered', intent: 'finance.profit', fallback: false, citations: ['s29'] });
      expect(answered?.confidence).toBeGreaterThan(0.5);
      expect(answered?.latencyMs).toBeGreaterThan(0);
      expect(answered?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(JSON.stringify(answered)).not.toContain('profit did');
      expect(app.logs.find((line) => line.requestId === 'req-fallback-1')).toMatchObject({ outcome: 'fallback', intent: 'fallback', fallback: true });
    } finally {
      await app.close();
    }
  });

  it('log refused requests with their status, and not every success', async () => {
    const app = await startInProcess();
    try {
      await rawRequest(app.base, { method: 'GET', path: '/api/ask', headers: { 'x-request-id': 'req-refused' } });
      await rawRequest(app.base, { method: 'GET', path: '/healthz', headers: { 'x-request-id': 'req-health' } });
      expect(app.logs.find((line) => line.requestId === 'req-refused')).toMatchObject({ level: 'info', msg: 'request refused', status: 405, route: '/api/ask', method: 'GET' });
      expect(app.logs.some((line) => line.requestId === 'req-health')).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('censor secrets wherever a field might carry one', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    });
    logger.info({ token: 'xoxb-secret-1', slack: { botToken: 'xoxb-secret-2', signingSecret: 'secret-3' }, headers: { authorization: 'Bearer secret-4', 'x-slack-signature': 'v0=secret-5' }, redisUrl: 'redis://:secret-6@h' }, 'oops');
    const text = lines.join('');
    for (let i = 1; i <= 6; i += 1) expect(text).not.toContain(`secret-${i}`);
    expect(text).toContain('[redacted]');
  });
});

describe('GET /metrics', () => {
  it('counts questions by channel and outcome, fallbacks, latency, sessions and responses', async () => {
    const app = await startInProcess();
    try {
      await askWith(app.base, 'How much profit did Huawei make?');
      await askWith(app.base, 'How many employees does Huawei have?');
      await askWith(app.base, 'hello');
      await rawRequest(app.base, { method: 'GET', path: '/nope' });
      const response = await rawRequest(app.base, { method: 'GET', path: '/metrics' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = response.text;
      expect(text).toMatch(/^bot_questions_total\{channel="http",outcome="answered"\} 1$/m);
      expect(text).toMatch(/^bot_questions_total\{channel="http",outcome="fallback"\} 1$/m);
      expect(text).toMatch(/^bot_questions_total\{channel="http",outcome="small_talk"\} 1$/m);
      expect(text).toMatch(/^bot_fallbacks_total\{channel="http"\} 1$/m);
      expect(text).toMatch(/^bot_answer_duration_seconds_count\{channel="http"\} 3$/m);
      expect(text).toMatch(/^bot_sessions \d+$/m);
      expect(text).toMatch(/^bot_session_store_up 1$/m);
      expect(text).toMatch(/^bot_http_requests_total\{route="\/api\/ask",method="POST",status="200"\} 3$/m);
      // Unknown paths share one label value, so scanners cannot blow up the series count.
      expect(text).toMatch(/^bot_http_requests_total\{route="other",method="GET",status="404"\} 1$/m);
    } finally {
      await app.close();
    }
  });
});

describe('GET /readyz', () => {
  it('answers 200 when every check passes and 503 with the reasons when one fails', async () => {
    let storeUp = true;
    const app = await startInProcess({
      readiness: [{ name: 'sessions', check: async () => { if (!storeUp) throw new Error('Redis at redis://h:1/0 is reconnecting'); } }],
    });
    try {
      const ready = await rawRequest(app.base, { method: 'GET', path: '/readyz' });
      expect(ready.status).toBe(200);
      expect(ready.json()).toEqual({ status: 'ready', checks: { knowledge: 'ok', sessions: 'ok' } });
      storeUp = false;
      const down = await rawRequest(app.base, { method: 'GET', path: '/readyz' });
      expect(down.status).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable', checks: { knowledge: 'ok', sessions: 'Redis at redis://h:1/0 is reconnecting' } });
      expect((await rawRequest(app.base, { method: 'GET', path: '/healthz' })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('fails a check that does not answer in time instead of hanging', async () => {
    const report = await checkReadiness([{ name: 'slow', check: () => new Promise(() => {}) }], 50);
    expect(report).toEqual({ ready: false, checks: { slow: 'no answer within 50 ms' } });
  });
});

describe('observeEngine', () => {
  it('gives the answer even when an observer throws', async () => {
    const failures: unknown[] = [];
    const engine = observeEngine(realBot().engine, [() => { throw new Error('metrics broke'); }], (error) => failures.push(error));
    const response = await engine.ask({ question: 'How much profit did Huawei make?' });
    expect(response.citations[0]?.id).toBe('s29');
    expect(failures).toHaveLength(1);
  });
});

describe('limitPendingWrites', () => {
  const record = (question: string): UnansweredRecord => ({ time: '2026-01-01T00:00:00.000Z', channel: 'http', question, fallback: true, intent: 'fallback', confidence: 0, candidates: [] });

  it('drops and counts records beyond the backlog limit instead of holding them', async () => {
    const written: string[] = [];
    const waiting: Array<() => void> = [];
    const slowDisk: UnansweredLog = {
      path: '/tmp/unanswered.jsonl',
      readAll: async () => [],
      append: (entry) => new Promise<void>((resolve) => waiting.push(() => (written.push(entry.question), resolve()))),
    };
    let dropped = 0;
    const log = limitPendingWrites(slowDisk, () => (dropped += 1), 1);
    const first = log.append(record('a'));
    await log.append(record('b'));
    expect(dropped).toBe(1);
    waiting.shift()?.();
    await first;
    expect(written).toEqual(['a']);
    // With the backlog cleared, the next record is accepted again.
    void log.append(record('c'));
    expect(dropped).toBe(1);
    expect(waiting).toHaveLength(1);
  });
});
