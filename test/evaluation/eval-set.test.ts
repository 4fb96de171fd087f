import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalSet, loadEvalSuite } from '../../src/evaluation/eval-set.js';
import { DataError } from '../../src/errors.js';

function problemsOf(content: string): readonly string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'eval-set-')), 'questions.json');
  writeFileSync(path, content);
  try {
    loadEvalSet(path);
  } catch (error) {
    if (error instanceof DataError) return error.problems.map((problem) => problem.replace(path, 'questions.json'));
    throw error;
  }
  return [];
}

describe('loadEvalSet', () => {
  it('loads the project evaluation set', () => {
    const set = loadEvalSet(new URL('../eval/huawei/tuning/questions.json', import.meta.url).pathname);
    expect(set.single.length).toBeGreaterThan(100);
  });

  it('merges every file of a folder, so the set can grow file by file', () => {
    const folder = new URL('../eval/huawei/tuning', import.meta.url).pathname;
    const merged = loadEvalSet(folder);
    const first = loadEvalSet(join(folder, 'questions.json'));
    const second = loadEvalSet(join(folder, 'holdout.json'));
    expect(merged.single).toHaveLength(first.single.length + second.single.length);
    expect(merged.dialogs).toHaveLength(first.dialogs.length + second.dialogs.length);
  });

  it('names the file and field of a bad expectation', () => {
    const problems = problemsOf(JSON.stringify({ single: [{ q: 'Why?', expect: ['sentence four'] }], dialogs: [] }));
    expect(problems).toEqual(['questions.json: single[0].expect[0] use sentence ids such as "s4".']);
  });

  it('says how to fix a file that is not JSON', () => {
    expect(problemsOf('{')[0]).toMatch(/^questions\.json: cannot be read as JSON .*; fix the file or pass --questions\.$/);
  });
});

describe('loadEvalSuite', () => {
  function suiteFolder(files: Record<string, unknown>): string {
    const root = mkdtempSync(join(tmpdir(), 'eval-suite-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), JSON.stringify(content));
    }
    return root;
  }
  const one = (q: string) => ({ single: [{ q, expect: 'fallback', kind: 'out-of-scope' }], dialogs: [] });

  it('keeps the tuning questions apart from each first-sight batch', () => {
    const root = suiteFolder({
      'tuning/questions.json': one('Tuned?'),
      'first-sight/2026-01-01-a.json': one('Unseen?'),
      'first-sight/records.json': {},
    });
    const suite = loadEvalSuite(root);
    expect(suite.tuning.single.map((item) => item.q)).toEqual(['Tuned?']);
    expect(suite.firstSight.map((batch) => [batch.name, batch.set.single[0]?.q])).toEqual([['2026-01-01-a', 'Unseen?']]);
  });

  it('reads a plain folder or file as tuning questions only', () => {
    const root = suiteFolder({ 'questions.json': one('Plain?') });
    expect(loadEvalSuite(root)).toEqual({ tuning: { single: [expect.objectContaining({ q: 'Plain?' })], dialogs: [] }, firstSight: [] });
    expect(loadEvalSuite(join(root, 'questions.json')).tuning.single).toHaveLength(1);
  });

  it('holds the project suite: tuning questions and at least one first-sight batch', () => {
    const suite = loadEvalSuite(new URL('../eval/huawei', import.meta.url).pathname);
    expect(suite.tuning.single.length).toBeGreaterThan(500);
    expect(suite.firstSight.length).toBeGreaterThan(0);
  });
});
