import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stdoutDestination } from '../../src/operations/log-destination.js';
import { eventually } from '../hardening/support/bot-process.js';

const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function logFile() {
  const folder = mkdtempSync(join(tmpdir(), 'log-destination-'));
  folders.push(folder);
  const path = join(folder, 'out.log');
  return { path, fd: openSync(path, 'w') };
}

function runScript(script: string, args: readonly string[] = []) {
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the stdout log destination', () => {
  it('writes every line, in order, without waiting on the caller', async () => {
    const { path, fd } = logFile();
    const destination = stdoutDestination(fd);
    for (const line of ['one\n', 'two\n', 'three\n']) destination.write(line);
    await eventually(() => readFileSync(path, 'utf8') === 'one\ntwo\nthree\n', 5000, 10);
    closeSync(fd);
  });

  it('loses no line when the process exits in the same turn, even with an error', () => {
    const script = `
      import { createLogger } from './src/operations/logger.ts';
      const logger = createLogger({ level: 'info' });
      logger.info('before exit');
      if (process.argv.includes('throw')) throw new Error('boom');
      process.exit(3);`;
    for (const [mode, status] of [['exit', 3], ['throw', 1]] as const) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, mode], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      expect(child.status).toBe(status);
      expect(child.stdout).toContain('"msg":"before exit"');
    }
  });

  it('drops and counts lines instead of blocking when nobody reads stdout, and still exits promptly', async () => {
    // 20,000 lines of 300 bytes: far more than a pipe and the 1 MB buffer hold together.
    const script = `
      import { createLogger } from './src/operations/logger.ts';
      import { droppedLogLines } from './src/operations/log-destination.ts';
      const logger = createLogger({ level: 'info' });
      const started = Date.now();
      for (let i = 0; i < 20000; i += 1) logger.info({ filler: 'x'.repeat(200) }, 'line');
      setTimeout(() => {
        console.error(JSON.stringify({ dropped: droppedLogLines(), loggingMs: Date.now() - started }));
        process.exit(0);
      }, 200);`;
    const child = runScript(script);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // stdout is never read: the pipe fills and stays full.
    child.stdout.pause();
    const stuck = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = await once(child, 'exit');
    clearTimeout(stuck);
    expect(code).toBe(0);
    const report = JSON.parse(stderr.trim().split('\n').at(-1) ?? '{}') as { dropped: number };
    expect(report.dropped).toBeGreaterThan(10_000);
  });
});
