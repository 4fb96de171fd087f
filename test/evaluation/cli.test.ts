/** The three commands as CI runs them: real processes, judged by exit code and output. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createUnansweredLog } from '../../src/evaluation/unanswered-log.js';
import { articleRoot } from '../support/articles.js';
import { brokenKnowledge, MINI, MINI_QUESTIONS, removeBrokenCopies } from './mini-knowledge.js';

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const out = mkdtempSync(join(tmpdir(), 'eval-cli-'));
afterAll(() => {
  removeBrokenCopies();
  rmSync(out, { recursive: true, force: true });
});

async function run(script: string, args: string[], location: { knowledgeDir: string; intentsDir: string }) {
  const env = { ...process.env, KNOWLEDGE_DIR: location.knowledgeDir, INTENTS_DIR: location.intentsDir, DATA_DIR: join(out, 'data') };
  try {
    const { stdout } = await promisify(execFile)(tsx, [join(root, 'src/cli', script), ...args], { env, cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

describe('npm run validate', () => {
  const broken = articleRoot({ mini: brokenKnowledge((files) => void (files.facts.facts[0].citations = ['s99', 's1', 's2'])) });

  it('exits 1 and lists the problem with file, field and fix', async () => {
    const { code, stdout } = await run('validate.ts', [], broken);
    expect(stdout).toContain(`error   ${join(broken.knowledgeDir, 'mini', 'facts.json')}: facts[0].citations[0] "s99" is not a sentence id; use one from sentences.json.`);
    expect(code).toBe(1);
  });
});

describe('npm run eval', () => {
  const miniRoot = articleRoot({ mini: MINI });

  it("writes both reports into the article's folder and exits 0 when every gate is met", async () => {
    const { code, stdout } = await run('eval.ts', ['--questions', MINI_QUESTIONS, '--out', out, '--folds', '3', '--no-calibrate'], miniRoot);
    expect(stdout).toContain('Gates: all passed');
    expect(existsSync(join(out, 'mini', 'eval.json')) && existsSync(join(out, 'mini', 'eval.html'))).toBe(true);
    expect(code).toBe(0);
  });

  it('exits 1 when a gate is missed', async () => {
    const questions = join(out, 'wrong.json');
    writeFileSync(questions, JSON.stringify({ single: [{ q: 'How much profit did Acme make?', expect: ['s4'], kind: 'wrong on purpose' }], dialogs: [] }));
    const { code, stdout } = await run('eval.ts', ['--questions', questions, '--out', out, '--folds', '3', '--no-calibrate'], miniRoot);
    expect(stdout).toMatch(/Gates: FAILED \(inScopeFirstCitation 0\.0% < 95\.0%\)/);
    expect(code).toBe(1);
  });
});

describe('npm run eval -- --first-sight', () => {
  const miniRoot = articleRoot({ mini: MINI });

  it('scores a new batch once, records it, and refuses to score it again', async () => {
    const batch = join(out, 'mini', 'first-sight', '2026-01-01-a.json');
    mkdirSync(join(batch, '..'), { recursive: true });
    writeFileSync(batch, JSON.stringify({ single: [{ q: 'How much profit did Acme make?', expect: 'fallback', kind: 'wrong on purpose' }], dialogs: [] }));
    const first = await run('eval.ts', ['--first-sight', batch], miniRoot);
    expect(first.stdout).toMatch(/First sight of 2026-01-01-a \(1 questions, 0 dialogs\), scored \d{4}-\d{2}-\d{2} at /);
    expect(first.stdout).toContain('out-of-scope refused    0.0% (0/1)');
    expect(first.code).toBe(0);
    const again = await run('eval.ts', ['--first-sight', batch], miniRoot);
    expect(again.stdout).toContain('"2026-01-01-a" was already scored on');
    expect(again.code).toBe(2);
  });
});

describe('npm run unanswered', () => {
  const miniRoot = articleRoot({ mini: MINI });

  it("groups what the article's log under DATA_DIR holds and suggests what to do", async () => {
    const log = createUnansweredLog({ dataDir: join(out, 'data', 'mini') });
    const nearest = { factId: 'sales', score: 0.2, fuseScore: 0.6, coverage: 0, objections: [{ kind: 'coverage' as const, message: 'misses found' }] };
    for (const question of ['When was Acme founded?', 'when was acme founded']) {
      await log.append({ time: '2026-01-01T00:00:00.000Z', channel: 'http', question, fallback: true, intent: 'finance.sales', confidence: 0.2, candidates: [nearest] });
    }
    const { code, stdout } = await run('unanswered.ts', ['--article', 'mini'], miniRoot);
    expect(stdout).toContain('2 unanswered questions in 1 group ');
    expect(stdout).toContain('2× "When was Acme founded?"');
    expect(stdout).toContain('suggestion:   Leave it to the fallback: no fact covers its topic, so the article does not say.');
    expect(code).toBe(0);
  });

  // A test of its own: each CLI process costs seconds on a busy machine, and two in one test neared the time limit.
  it('names the articles there are when --article names none, and exits 2', async () => {
    const { code, stdout } = await run('unanswered.ts', ['--article', 'maxi'], miniRoot);
    expect(stdout).toContain('--article "maxi" is not valid: use one of mini.');
    expect(code).toBe(2);
  });
});
