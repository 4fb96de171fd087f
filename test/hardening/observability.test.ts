/** Logs, metrics and probes: what an operator sees. */
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { UnansweredLog, UnansweredRecord } from '../../src/evaluation/unanswered-log.js';
import { guardUnansweredLog } from '../../src/operations/guard-unanswered-log.js';
import { createLogger } from '../../src/operations/logger.js';
import { observeEngine } from '../../src/operations/observe-engine.js';
import { checkReadiness } from '../../src/operations/readiness.js';
import { composeServer } from '../../src/compose-server.js';
import { loadConfig } from '../../src/config.js';
import { realBot } from '../support/real-bot.js';
import { eventually } from './support/bot-process.js';
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
      // A CORS preflight is counted under the route it asks about.
      await rawRequest(app.base, { method: 'OPTIONS', headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' } });
      expect((await rawRequest(app.base, { method: 'GET', path: '/metrics' })).text).toMatch(/^bot_http_requests_total\{route="\/api\/ask",method="OPTIONS",status="204"\} 1$/m);
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
      readiness: [{ name: 'sessions', check: async () => { if (!storeUp) throw new Error('Redis is reconnecting'); } }],
    });
    try {
      const ready = await rawRequest(app.base, { method: 'GET', path: '/readyz' });
      expect(ready.status).toBe(200);
      expect(ready.json()).toEqual({ status: 'ready', checks: { knowledge: 'ok', sessions: 'ok' } });
      storeUp = false;
      const down = await rawRequest(app.base, { method: 'GET', path: '/readyz' });
      expect(down.status).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable', checks: { knowledge: 'ok', sessions: 'Redis is reconnecting' } });
      expect((await rawRequest(app.base, { method: 'GET', path: '/healthz' })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 200 "degraded" when only an optional part fails, naming it', async () => {
    const app = await startInProcess({ readiness: [{ name: 'unansweredLog', optional: true, check: async () => { throw new Error('cannot write (EROFS)'); } }] });
    try {
      const degraded = await rawRequest(app.base, { method: 'GET', path: '/readyz' });
      expect(degraded.status).toBe(200);
      expect(degraded.json()).toEqual({ status: 'degraded', checks: { knowledge: 'ok', unansweredLog: 'cannot write (EROFS)' } });
    } finally {
      await app.close();
    }
  });

  it('fails a check that does not answer in time instead of hanging', async () => {
    const report = await checkReadiness([{ name: 'slow', check: () => new Promise(() => {}) }], 50);
    expect(report).toEqual({ ready: false, degraded: false, checks: { slow: 'no answer within 50 ms' } });
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

describe('guardUnansweredLog', () => {
  const record = (question: string): UnansweredRecord => ({ time: '2026-01-01T00:00:00.000Z', channel: 'http', question, fallback: true, intent: 'fallback', confidence: 0, candidates: [] });

  it('drops and counts records beyond the backlog limit instead of holding them', async () => {
    const written: string[] = [];
    const waiting: Array<() => void> = [];
    const slowDisk: UnansweredLog = {
      path: '/tmp/unanswered.jsonl',
      readAll: async () => [],
      append: (entry) => new Promise<void>((resolve) => waiting.push(() => (written.push(entry.question), resolve()))),
    };
    const dropped: string[] = [];
    const log = guardUnansweredLog(slowDisk, (reason) => dropped.push(reason), 1);
    const first = log.append(record('a'));
    await log.append(record('b'));
    expect(dropped).toEqual(['backlog']);
    waiting.shift()?.();
    await first;
    expect(written).toEqual(['a']);
    // With the backlog cleared, the next record is accepted again.
    void log.append(record('c'));
    expect(dropped).toEqual(['backlog']);
    expect(waiting).toHaveLength(1);
  });

  it('counts records a failing disk refuses, says why (the code, not the path) until a write succeeds, and never rejects', async () => {
    let full = true;
    const disk: UnansweredLog = {
      path: '/srv/bot/data/unanswered.jsonl',
      readAll: async () => [],
      append: async () => {
        if (full) throw Object.assign(new Error("ENOSPC: no space left on device, write '/srv/bot/data/unanswered.jsonl'"), { code: 'ENOSPC' });
      },
    };
    const dropped: string[] = [];
    const log = guardUnansweredLog(disk, (reason) => dropped.push(reason));
    await log.append(record('a'));
    await log.append(record('b'));
    expect(dropped).toEqual(['write_failed', 'write_failed']);
    expect(log.problem).toBe('cannot write (ENOSPC)');
    full = false;
    await log.append(record('c'));
    expect(log.problem).toBeUndefined();
  });
});

describe('a DATA_DIR that cannot be written', () => {
  it('costs one warning a minute without a stack, counts every dropped record, and shows /readyz degraded, not down', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'full-data-'));
    // Each article logs under DATA_DIR/<slug>/; the questions go to the default article.
    mkdirSync(join(folder, 'huawei'));
    symlinkSync('/dev/full', join(folder, 'huawei', 'unanswered.jsonl'));
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) }) });
    const composed = await composeServer(loadConfig({ DATA_DIR: folder, DEFAULT_ARTICLE: 'huawei' }), logger);
    const server = composed.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (let i = 0; i < 5; i += 1) expect((await askWith(base, `How many employees does Huawei have in region ${i}?`)).status).toBe(200);
      await eventually(async () => /^bot_unanswered_dropped_total 5$/m.test((await rawRequest(base, { method: 'GET', path: '/metrics' })).text), 5000, 20);
      const warnings = lines.filter((line) => line.level === 'warn');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ article: 'huawei', reason: 'write_failed', problem: 'cannot write (ENOSPC)' });
      expect(JSON.stringify(warnings[0])).not.toMatch(/stack|at .*\.ts|employees/);
      const ready = await rawRequest(base, { method: 'GET', path: '/readyz' });
      expect(ready.status).toBe(200);
      expect(ready.json()).toEqual({ status: 'degraded', checks: { knowledge: 'ok', sessions: 'ok', accepting: 'ok', unansweredLog: 'cannot write (ENOSPC)' } });
    } finally {
      server.closeAllConnections();
      server.close();
      await composed.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
