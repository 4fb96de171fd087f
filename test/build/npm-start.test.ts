/**
 * `npm start` in a copy of the project, as a user runs it: the first start
 * compiles (a fresh clone after `npm ci` has no dist/), a restart with
 * nothing changed does not, and a restart after editing a source runs the
 * edited code. Then the build check's rules, on a small tree. No timing is
 * asserted here; the bench times `npm start`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'src', 'knowledge', 'intents'];
const copy = mkdtempSync(join(tmpdir(), 'npm-start-'));
for (const path of COPIED) cpSync(join(PROJECT_ROOT, path), join(copy, path), { recursive: true });
symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

interface Started {
  readonly stdout: string[];
  readonly stderr: string;
}

/** Runs `npm start` in the copy until the bot says it is listening, then stops it with SIGTERM. */
async function npmStart(): Promise<Started> {
  const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: join(copy, 'data') };
  // Its own process group, so the signal reaches the bot npm started.
  const child = spawn('npm', ['start', '--silent'], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stdout: string[] = [];
  await new Promise<void>((resolve, reject) => {
    void exited.then(() => reject(new Error(`npm start exited before listening:\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      if (line.includes('"msg":"listening"')) resolve();
    });
  });
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return { stdout, stderr };
}

const builtAt = () => statSync(join(copy, 'dist/main.js')).mtimeMs;

describe('npm start', () => {
  it('compiles on the first start, then starts without compiling while nothing changed, then compiles an edited source', async () => {
    const first = await npmStart();
    expect(first.stderr).toContain('Compiling src/ to dist/ (no build yet)');
    const compiledAt = builtAt();

    const again = await npmStart();
    expect(again.stderr).not.toContain('Compiling');
    expect(builtAt()).toBe(compiledAt);

    appendFileSync(join(copy, 'src/main.ts'), "\nconsole.log('edited after the last build');\n");
    const edited = await npmStart();
    expect(edited.stderr).toContain('Compiling src/ to dist/ (the sources changed since the last build)');
    expect(edited.stdout).toContain('edited after the last build');
  }, 300_000);
});

/** scripts/build.mjs's exports (plain JavaScript, so typed here). */
interface BuildScript {
  sourceFingerprint(root: string): string;
  staleReason(root: string): string | undefined;
}

describe('the build check', async () => {
  const { sourceFingerprint, staleReason } = (await import(`${PROJECT_ROOT}scripts/build.mjs`)) as BuildScript;
  const tree = mkdtempSync(join(tmpdir(), 'build-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };
  write('tsconfig.json', '{}');
  write('src/main.ts', 'export {};');
  write('src/nested/part.ts', 'export const part = 1;');
  write('dist/main.js', 'export {};');
  write('dist/nested/part.js', 'export const part = 1;');

  it('asks for a build until one has recorded its fingerprint', () => {
    expect(staleReason(tree)).toBe('no build yet');
    write('dist/.build-fingerprint', sourceFingerprint(tree));
    expect(staleReason(tree)).toBeUndefined();
  });

  it('goes by contents, not modification times', () => {
    utimesSync(join(tree, 'src/main.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(staleReason(tree)).toBeUndefined();
    write('src/nested/part.ts', 'export const part = 2;');
    expect(staleReason(tree)).toBe('the sources changed since the last build');
    write('src/nested/part.ts', 'export const part = 1;');
    expect(staleReason(tree)).toBeUndefined();
  });

  it('asks for a build when a compiled file has gone missing', () => {
    rmSync(join(tree, 'dist/nested/part.js'));
    expect(staleReason(tree)).toBe('src/nested/part.ts has no compiled output');
  });
});
