import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('says how to use it when the question is missing, and exits 2', () => {
    const { status, stderr } = run('ask', []);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('Usage: article-bot ask "your question" [--article slug] [--json] [--explain]');
  });

  it('names an unknown option and shows the usage line, with exit 2 and no stack trace', () => {
    const { status, stdout, stderr } = run('ask', ['How much profit did Huawei make?', '--jsno']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(["Unknown option '--jsno'.", 'Usage: article-bot ask "your question" [--article slug] [--json] [--explain]']);
  });

  it('names the file, line and column of a JSON syntax error in an intent file, on one line', () => {
    const intentsDir = mkdtempSync(join(tmpdir(), 'intents-'));
    try {
      cpSync(join(root, 'intents'), intentsDir, { recursive: true });
      const finance = join(intentsDir, 'huawei', 'finance.json');
      // A trailing comma after the last record, the commonest hand-editing slip (V8 reports it without a position).
      const text = readFileSync(finance, 'utf8').replace(/\}\s*\]\s*$/, '},\n]\n');
      writeFileSync(finance, text);
      const lastLine = text.trimEnd().split('\n').length;
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', 'hello'], {
        cwd: root,
        env: { ...process.env, INTENTS_DIR: intentsDir },
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`finance\\.json:${lastLine}:1: not valid JSON \\(Unexpected token '\\]'\\); fix the file at line ${lastLine}, column 1\\.`));
    } finally {
      rmSync(intentsDir, { recursive: true, force: true });
    }
  });
});

describe('npx article-bot', () => {
  it('prints only the JSON body with --json, so it pipes into jq', () => {
    const result = spawnSync('npx', ['article-bot', 'ask', 'How much profit did Huawei make?', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ intent: 'finance.profit', citations: [{ id: 's29' }] });
  });

  it('lists its commands for an unknown one and exits 2', () => {
    const result = spawnSync(process.execPath, ['bin/article-bot.js', 'frob'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown command 'frob'.");
    expect(result.stderr).toMatch(/^ {2}ask +answer one question/m);
  });
});

describe('npm start on a port already taken', () => {
  it('says why it cannot listen and never logs that it is listening', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as { port: number };
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '', REDIS_URL: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${port} \\(.*EADDRINUSE.*\\); set PORT or HOST\\.$`));
      expect(stdout).not.toContain('listening');
    } finally {
      taken.close();
    }
  });
});

describe('npm run chat', () => {
  it('lists its commands on /help and reports an unknown /command instead of asking it', () => {
    const { status, stdout } = run('chat', [], ['/help', '/explian', '/quit', ''].join('\n'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/\/help +list these commands/);
    expect(stdout).toMatch(/\/reset +start a new conversation/);
    expect(stdout).toContain('Unknown command /explian.');
    expect(stdout).not.toContain('bot>');
  });

  it('keeps a conversation, explains on request and starts over on /reset', () => {
    const { status, stdout } = run('chat', [], ['Who is Guo Ping?', '/explain', 'What did he say about backdoors?', '/reset', '/quit', ''].join('\n'));
    expect(status).toBe(0);
    expect(stdout).toContain('no “backdoors” to permit eavesdropping');
    expect(stdout).toMatch(/follow-up: +pronoun for guo-ping/);
    expect(stdout).toMatch(/classify: +security\.backdoors/);
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
    expect(stderr).toContain('Usage: article-bot draft <article.txt> [--slug name] [--out dir]');
  });
});
