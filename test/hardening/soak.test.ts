/**
 * The soak script, run briefly (5 clients × 3 s) as CI can afford: the same
 * code as the documented 50 clients × 20 s run, which must end with zero
 * 5xx, zero connection errors, bounded memory and a clean SIGTERM exit.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { SoakResult } from '../../scripts/soak/run-soak.js';
import { PROJECT_ROOT } from './support/bot-process.js';

describe('npm run soak (CI size)', () => {
  it('keeps answering under concurrent load with no 5xx, no connection errors and stable memory', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak.ts', '--clients', '5', '--seconds', '3', '--json'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env['PATH'] },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as SoakResult;
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    expect(result.requests).toBeGreaterThan(100);
    expect(result.serverErrors).toBe(0);
    expect(result.connectionErrors).toBe(0);
    expect(result.timeouts).toBe(0);
    // The workload includes invalid requests on purpose: they must be 400s, and answers 200s.
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '400']);
    expect(result.exitCode).toBe(0);
  });
});
