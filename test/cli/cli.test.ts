import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a CLI entry point the way `npm run` does, with optional standard input. */
function run(script: string, args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints the answer with its quoted citation', () => {
    const { status, stdout } = run('ask', ['How much profit did Huawei make?']);
    expect(status).toBe(0);
    expect(stdout).toContain('Profit rose 25.1% to 8.6 billion US dollars');
    expect(stdout).toContain('> “Profit rose 25.1% to 8.6 billion US dollars (£6.6 billion)” [s29, 3859–3917]');
  });

  it('prints exactly the API response body with --json', () => {
    const { stdout } = run('ask', ['How much profit did Huawei make?', '--json']);
    const body = JSON.parse(stdout);
    expect(Object.keys(body).sort()).toEqual(['answer', 'citations', 'confidence', 'fallback', 'intent', 'sessionId', 'suggestions']);
    expect(body.citations[0]).toMatchObject({ id: 's29', start: 3859, end: 3917 });
  });

  it('says how to use it when the question is missing, and exits 1', () => {
    const { status, stderr } = run('ask', []);
    expect(status).toBe(1);
    expect(stderr).toContain('Usage: npm run ask -- "your question"');
  });
});

describe('npm run chat', () => {
  it('keeps a conversation, explains on request and starts over on /reset', () => {
    const { status, stdout } = run('chat', [], ['Who is Guo Ping?', '/explain', 'What did he say about backdoors?', '/reset', '/quit', ''].join('\n'));
    expect(status).toBe(0);
    expect(stdout).toContain('no “backdoors” to permit eavesdropping');
    expect(stdout).toContain('follow-up:  pronoun');
    expect(stdout).toMatch(/intents: +security\.backdoors/);
    expect(stdout).toContain('new conversation');
  });
});

describe('npm run draft', () => {
  it('names the file it cannot read and exits 2', () => {
    const { status, stderr } = run('draft', ['no-such-article.txt']);
    expect(status).toBe(2);
    expect(stderr).toContain('no-such-article.txt: cannot be read');
  });

  it('says how to use it when the article is missing, and exits 2', () => {
    const { status, stderr } = run('draft', []);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run draft -- <article.txt> [--slug name] [--out dir]');
  });
});
