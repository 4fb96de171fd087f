import { describe, expect, it } from 'vitest';
import { parseStartScript, readStartCommand } from '../../bench/start-command.js';

describe('the bench mirrors the start script', () => {
  it('splits node, its flags and the entry point', () => {
    expect(parseStartScript('node --max-semi-space-size=2 dist/main.js')).toEqual({ nodeFlags: ['--max-semi-space-size=2'], entry: 'dist/main.js' });
    expect(parseStartScript('node dist/main.js')).toEqual({ nodeFlags: [], entry: 'dist/main.js' });
  });

  it('refuses a script it could not start the same way', () => {
    expect(() => parseStartScript('tsx src/main.ts')).toThrow(/can only mirror "node \[--flags\] entry.js"/);
    expect(() => parseStartScript('node dist/main.js | tee log')).toThrow(/can only mirror/);
    expect(() => parseStartScript('node --inspect')).toThrow(/can only mirror/);
  });

  it('reads the project’s own start script', () => {
    expect(readStartCommand().entry).toBe('scripts/start.mjs');
  });
});
