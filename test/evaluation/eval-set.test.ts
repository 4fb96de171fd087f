import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/evaluation/eval-set.js';
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
    const set = loadEvalSet(new URL('../eval/questions.json', import.meta.url).pathname);
    expect(set.single.length).toBeGreaterThan(100);
  });

  it('merges every file of a folder, so the set can grow file by file', () => {
    const folder = new URL('../eval', import.meta.url).pathname;
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
