import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stdoutDestination } from '../../src/operations/logger.js';

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

describe('the stdout log destination', () => {
  it('writes the lines of one turn of the event loop together, in order, at its end', async () => {
    const { path, fd } = logFile();
    const destination = stdoutDestination(fd);
    destination.write('one\n');
    destination.write('two\n');
    expect(readFileSync(path, 'utf8')).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    destination.write('three\n');
    await new Promise((resolve) => setImmediate(resolve));
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('writes at once when 64 KB of lines are waiting', () => {
    const { path, fd } = logFile();
    const destination = stdoutDestination(fd);
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 64; i += 1) destination.write(line);
    expect(readFileSync(path, 'utf8').length).toBe(64 * 1024);
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
});
