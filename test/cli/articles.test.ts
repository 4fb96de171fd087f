/** `--article` on the command line: ask and chat about one article of several. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';

const project = fileURLToPath(new URL('../..', import.meta.url));
const root = articleRoot({ acme: ACME, huawei: HUAWEI });

function run(script: string, args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: project,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...root.env, DEFAULT_ARTICLE: 'huawei' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask -- --article', () => {
  it('answers about the named article, and about the default one without it', () => {
    expect(run('ask', ['--article', 'acme', 'Where will the new factory be?']).stdout).toContain('[s4, ');
    expect(run('ask', ['How much profit did Huawei make?']).stdout).toContain('[s29, ');
  });

  it('names the articles there are when the slug is unknown, and exits 2 as for any usage error', () => {
    const { status, stderr } = run('ask', ['--article', 'tesla', 'Who?']);
    expect(stderr.trim()).toBe('--article tesla: there is no such article; use one of acme, huawei.');
    expect(status).toBe(2);
  });
});

describe('npm run chat -- --article', () => {
  it('holds the conversation with the named article, greeting with its headline', () => {
    const { status, stdout } = run('chat', ['--article', 'acme'], ['How much profit did Acme make?', 'What else?', '/quit', ''].join('\n'));
    expect(stdout).toContain('Ask about “Acme sales top 5 billion dollars”.');
    expect(stdout).toContain('Profit fell to 1 billion dollars');
    expect(status).toBe(0);
  });
});
