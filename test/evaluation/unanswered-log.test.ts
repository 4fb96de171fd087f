import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createUnansweredLog, type UnansweredRecord } from '../../src/evaluation/unanswered-log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unanswered-'));
  dirs.push(dir);
  return join(dir, 'data'); // not yet there: the log creates it
}

const record = (question: string): UnansweredRecord => ({
  time: '2026-01-01T00:00:00.000Z',
  channel: 'http',
  question,
  fallback: true,
  intent: 'finance.profit',
  confidence: 0.2,
  candidates: [{ factId: 'profit', score: 0.2, fuseScore: 0.5, coverage: 0.3, objections: [{ kind: 'coverage' as const, message: 'misses founded' }] }],
});
const lineBytes = Buffer.byteLength(`${JSON.stringify(record('q00'))}\n`);

describe('createUnansweredLog', () => {
  it('appends one JSON line per record and reads them back in order', async () => {
    const log = createUnansweredLog({ dataDir: dataDir() });
    await log.append(record('first'));
    await log.append(record('second'));
    expect((await log.readAll()).map((r) => r.question)).toEqual(['first', 'second']);
  });

  it('keeps every record when appends arrive together', async () => {
    const log = createUnansweredLog({ dataDir: dataDir(), maxBytes: lineBytes * 3, maxFiles: 10 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => log.append(record(`q${String(i).padStart(2, '0')}`))));
    expect((await log.readAll()).map((r) => r.question)).toEqual(Array.from({ length: 12 }, (_, i) => `q${String(i).padStart(2, '0')}`));
  });

  it('rotates at maxBytes and keeps at most maxFiles files, dropping the oldest', async () => {
    const dir = dataDir();
    const log = createUnansweredLog({ dataDir: dir, maxBytes: lineBytes * 2, maxFiles: 3 });
    for (let i = 0; i < 10; i++) await log.append(record(`q${String(i).padStart(2, '0')}`));
    expect(readdirSync(dir).sort()).toEqual(['unanswered.1.jsonl', 'unanswered.2.jsonl', 'unanswered.jsonl']);
    expect((await log.readAll()).map((r) => r.question)).toEqual(['q04', 'q05', 'q06', 'q07', 'q08', 'q09']);
  });

  it('continues the same file after a restart and still rotates it at the limit', async () => {
    const dir = dataDir();
    const before = createUnansweredLog({ dataDir: dir, maxBytes: lineBytes * 2, maxFiles: 2 });
    await before.append(record('q00'));
    const after = createUnansweredLog({ dataDir: dir, maxBytes: lineBytes * 2, maxFiles: 2 });
    await after.append(record('q01'));
    expect(readdirSync(dir)).toEqual(['unanswered.jsonl']);
    await after.append(record('q02'));
    expect(readdirSync(dir).sort()).toEqual(['unanswered.1.jsonl', 'unanswered.jsonl']);
    expect((await after.readAll()).map((r) => r.question)).toEqual(['q00', 'q01', 'q02']);
  });

  it('skips a line torn by a crash instead of failing the whole read', async () => {
    const log = createUnansweredLog({ dataDir: dataDir() });
    await log.append(record('whole'));
    appendFileSync(log.path, '{"time":"2026-01-01","quest');
    expect((await log.readAll()).map((r) => r.question)).toEqual(['whole']);
  });

  it('cuts a line torn by a crash before appending, so no record is glued to it', async () => {
    const dir = dataDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'unanswered.jsonl'), `${JSON.stringify(record('whole'))}\n{"time":"2026-01-01","quest`);
    const log = createUnansweredLog({ dataDir: dir });
    await log.append(record('after'));
    expect(readFileSync(log.path, 'utf8')).toBe(`${JSON.stringify(record('whole'))}\n${JSON.stringify(record('after'))}\n`);
  });

  it('rejects an append the disk refuses, and writes whole lines again once it takes them', async () => {
    const dir = dataDir();
    mkdirSync(dir);
    // A full disk: every write to /dev/full fails with ENOSPC.
    symlinkSync('/dev/full', join(dir, 'unanswered.jsonl'));
    const log = createUnansweredLog({ dataDir: dir });
    await expect(log.append(record('lost'))).rejects.toMatchObject({ code: 'ENOSPC' });
    rmSync(join(dir, 'unanswered.jsonl'));
    writeFileSync(join(dir, 'unanswered.jsonl'), '{"torn":');
    await log.append(record('kept'));
    expect(readFileSync(log.path, 'utf8')).toBe(`${JSON.stringify(record('kept'))}\n`);
  });

  it('reads nothing, without error, before anything was written', async () => {
    expect(await createUnansweredLog({ dataDir: dataDir() }).readAll()).toEqual([]);
  });
});
