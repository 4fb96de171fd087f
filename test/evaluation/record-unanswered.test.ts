import { describe, expect, it } from 'vitest';
import { isUnanswered, LOW_CONFIDENCE, recordIfUnanswered, withUnansweredLog } from '../../src/evaluation/record-unanswered.js';
import type { Engine, Trace } from '../../src/pipeline/answer-question.js';
import type { UnansweredLog, UnansweredRecord } from '../../src/evaluation/unanswered-log.js';
import type { Candidate } from '../../src/pipeline/decide.js';
import type { AskResponse } from '../../src/pipeline/types.js';

function memoryLog(): UnansweredLog & { records: UnansweredRecord[] } {
  const records: UnansweredRecord[] = [];
  return { path: '(memory)', records, append: async (r) => void records.push(r), readAll: async () => records };
}

const response = (over: Partial<AskResponse>): AskResponse => ({
  sessionId: 'secret-session',
  answer: 'An answer.',
  intent: 'finance.profit',
  confidence: 0.9,
  fallback: false,
  citations: [{ id: 's3', text: 'Profit fell.', start: 0, end: 12 }],
  suggestions: [],
  ...over,
});

const candidate = (factId: string, score: number): Candidate =>
  ({ fact: { id: factId }, score, match: { factId, fuseScore: 0.25, coverage: 0.5, answerCoverage: 0.5, uncoveredTerms: [] }, objections: [{ kind: 'coverage' as const, message: 'misses found' }] }) as unknown as Candidate;
const trace = { candidates: [candidate('profit', 0.41234), candidate('sales', 0.3), candidate('factory', 0.2), candidate('extra', 0.1)] };

describe('isUnanswered', () => {
  it('holds for fallbacks and for answers below the low-confidence line, never for small talk', () => {
    expect(isUnanswered(response({ fallback: true, citations: [] }))).toBe(true);
    expect(isUnanswered(response({ confidence: LOW_CONFIDENCE - 0.01 }))).toBe(true);
    expect(isUnanswered(response({ confidence: LOW_CONFIDENCE }))).toBe(false);
    expect(isUnanswered(response({ citations: [], confidence: 0.1 }))).toBe(false);
  });
});

describe('recordIfUnanswered', () => {
  it('records a fallback with time, channel, question and the top three candidates, and nothing about the asker', async () => {
    const log = memoryLog();
    const now = () => new Date('2026-02-03T04:05:06.000Z');
    const written = await recordIfUnanswered(log, { question: 'When was Acme founded?', channel: 'slack', sessionId: 'secret-session' }, response({ fallback: true, citations: [], confidence: 0.41 }), trace, { now });
    expect(written).toBe(true);
    expect(log.records).toEqual([
      {
        time: '2026-02-03T04:05:06.000Z',
        channel: 'slack',
        question: 'When was Acme founded?',
        fallback: true,
        intent: 'finance.profit',
        confidence: 0.41,
        candidates: [
          { factId: 'profit', score: 0.412, fuseScore: 0.25, coverage: 0.5, objections: [{ kind: 'coverage' as const, message: 'misses found' }] },
          { factId: 'sales', score: 0.3, fuseScore: 0.25, coverage: 0.5, objections: [{ kind: 'coverage' as const, message: 'misses found' }] },
          { factId: 'factory', score: 0.2, fuseScore: 0.25, coverage: 0.5, objections: [{ kind: 'coverage' as const, message: 'misses found' }] },
        ],
      },
    ]);
    expect(JSON.stringify(log.records)).not.toContain('secret-session');
  });

  it('leaves confident answers out', async () => {
    const log = memoryLog();
    expect(await recordIfUnanswered(log, { question: 'How much profit?' }, response({}), trace)).toBe(false);
    expect(log.records).toEqual([]);
  });

  it('leaves out questions from evaluation and benchmark runs', async () => {
    const log = memoryLog();
    const fallback = response({ fallback: true, citations: [] });
    expect(await recordIfUnanswered(log, { question: 'q', channel: 'eval' }, fallback, trace)).toBe(false);
    expect(await recordIfUnanswered(log, { question: 'q', channel: 'bench' }, fallback, trace)).toBe(false);
    expect(log.records).toEqual([]);
  });

  it('never rejects when the log cannot be written, and says why', async () => {
    const failing: UnansweredLog = { path: '(full disk)', append: async () => Promise.reject(new Error('ENOSPC')), readAll: async () => [] };
    const errors: unknown[] = [];
    const written = await recordIfUnanswered(failing, { question: 'q' }, response({ fallback: true, citations: [] }), trace, { onError: (e) => errors.push(e) });
    expect(written).toBe(false);
    expect(errors).toEqual([new Error('ENOSPC')]);
  });
});

describe('withUnansweredLog', () => {
  it('answers as the engine does and records what went unanswered, through ask and explain alike', async () => {
    const log = memoryLog();
    const engine = {
      knowledge: {},
      explain: async ({ question }: { question: string }) => ({
        response: response(question.includes('founded') ? { fallback: true, citations: [] } : {}),
        trace: trace as unknown as Trace,
      }),
    } as unknown as Engine;
    const recording = withUnansweredLog(engine, log);
    expect((await recording.ask({ question: 'When was Acme founded?', channel: 'http' })).fallback).toBe(true);
    expect((await recording.explain({ question: 'How much profit?', channel: 'http' })).response.fallback).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.records.map((r) => r.question)).toEqual(['When was Acme founded?']);
  });
});
