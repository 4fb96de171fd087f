import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { appendFirstSightRecord, latestRecord, readFirstSightRecords, type FirstSightRecord } from '../../src/evaluation/first-sight.js';

const record = (scoredOn: string): FirstSightRecord => ({
  scoredOn,
  commit: 'abc1234',
  single: 2,
  dialogs: 1,
  inScope: { correct: 1, total: 1 },
  outOfScope: { correct: 0, total: 1 },
  followUps: { correct: 1, total: 2 },
  smalltalk: { correct: 0, total: 0 },
});

const recordsPath = () => join(mkdtempSync(join(tmpdir(), 'first-sight-')), 'records.json');

describe('first-sight records', () => {
  it('starts with none and keeps each batch it is given', () => {
    const path = recordsPath();
    expect(readFirstSightRecords(path)).toEqual({});
    appendFirstSightRecord(path, 'a', record('2026-01-01'));
    appendFirstSightRecord(path, 'b', record('2026-02-01'));
    expect(Object.keys(readFirstSightRecords(path))).toEqual(['a', 'b']);
  });

  it('refuses to score a batch a second time, since it is no longer unseen', () => {
    const path = recordsPath();
    appendFirstSightRecord(path, 'a', record('2026-01-01'));
    expect(() => appendFirstSightRecord(path, 'a', record('2026-03-01'))).toThrow(/"a" was already scored on 2026-01-01 \(abc1234\); a batch is scored at first sight only once/);
    expect(readFirstSightRecords(path)['a']?.scoredOn).toBe('2026-01-01');
  });

  it('makes the most recently scored batch the headline', () => {
    expect(latestRecord({ b: record('2026-02-01'), a: record('2026-03-01') })?.batch).toBe('a');
    expect(latestRecord({})).toBeUndefined();
  });

  it('names the file and field of a malformed record', () => {
    const path = recordsPath();
    writeFileSync(path, JSON.stringify({ a: { ...record('yesterday') } }));
    expect(() => readFirstSightRecords(path)).toThrow(DataError);
    try {
      readFirstSightRecords(path);
    } catch (error) {
      expect((error as DataError).problems).toEqual([`${path}: a.scoredOn use a date such as "2026-11-29".`]);
    }
  });
});
