/** The three commands as CI runs them: real processes, judged by exit code and output. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createUnansweredLog } from '../../src/evaluation/unanswered-log.js';
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
  it('exits 1 and lists the problem with file, field and fix', async () => {
    const location = brokenKnowledge((files) => {
      files.facts.facts[0].citations = ['s99', 's1', 's2'];
    });
    const { code, stdout } = await run('validate.ts', [], location);
    expect(stdout).toContain(`error   ${join(location.knowledgeDir, 'facts.json')}: facts[0].citations[0] "s99" is not a sentence id; use one from sentences.json.`);
    expect(code).toBe(1);
  });
});

describe('npm run eval', () => {
  it('writes both reports and exits 0 when every gate is met', async () => {
    const { code, stdout } = await run('eval.ts', ['--questions', MINI_QUESTIONS, '--out', out, '--folds', '3', '--no-calibrate'], MINI);
    expect(stdout).toContain('Gates: all passed');
    expect(existsSync(join(out, 'eval.json')) && existsSync(join(out, 'eval.html'))).toBe(true);
    expect(code).toBe(0);
  });

  it('exits 1 when a gate is missed', async () => {
    const questions = join(out, 'wrong.json');
    writeFileSync(questions, JSON.stringify({ single: [{ q: 'How much profit did Acme make?', expect: ['s4'], kind: 'wrong on purpose' }], dialogs: [] }));
    const { code, stdout } = await run('eval.ts', ['--questions', questions, '--out', out, '--folds', '3', '--no-calibrate'], MINI);
    expect(stdout).toMatch(/Gates: FAILED \(inScopeFirstCitation 0\.0% < 95\.0%\)/);
    expect(code).toBe(1);
  });
});

describe('npm run unanswered', () => {
  it('groups what the log under DATA_DIR holds and suggests what to do', async () => {
    const log = createUnansweredLog({ dataDir: join(out, 'data') });
    const nearest = { factId: 'sales', score: 0.2, fuseScore: 0.6, coverage: 0, objections: [{ kind: 'coverage' as const, message: 'misses found' }] };
    for (const question of ['When was Acme founded?', 'when was acme founded']) {
      await log.append({ time: '2026-01-01T00:00:00.000Z', channel: 'http', question, fallback: true, intent: 'finance.sales', confidence: 0.2, candidates: [nearest] });
    }
    const { code, stdout } = await run('unanswered.ts', [], MINI);
    expect(stdout).toContain('2 unanswered questions in 1 group ');
    expect(stdout).toContain('2× "When was Acme founded?"');
    expect(stdout).toContain('suggestion:   Leave it to the fallback: no fact covers its topic, so the article does not say.');
    expect(code).toBe(0);
  });
});
