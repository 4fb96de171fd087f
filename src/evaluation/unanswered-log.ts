/**
 * The unanswered-questions file: one JSON line per fallback or
 * low-confidence answer, appended under the data directory so it survives
 * restarts, and rotated by size (`unanswered.jsonl` → `unanswered.1.jsonl` →
 * …) so a busy or abused bot cannot fill the disk. It holds the question text
 * and what the engine made of it, nothing about who asked.
 *
 * One process should own a data directory: appends are serialised within a
 * process, not across processes.
 *
 * A crash or a full disk can stop an append part-way. The file never keeps
 * such a torn line: on the first write, and on the first write after a
 * failed one, an unfinished last line is cut off before anything is added.
 */
import { appendFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Objection } from '../pipeline/decide.js';
import type { ChannelName } from '../pipeline/types.js';

export interface UnansweredCandidate {
  readonly factId: string;
  readonly score: number;
  readonly fuseScore: number;
  readonly coverage: number;
  /** Why the fact could not answer, as the engine put it. */
  readonly objections: readonly Objection[];
}

export interface UnansweredRecord {
  /** ISO 8601. */
  readonly time: string;
  readonly channel: ChannelName | 'unknown';
  readonly question: string;
  readonly fallback: boolean;
  readonly intent: string;
  readonly confidence: number;
  /** The best-scored facts, best first. */
  readonly candidates: readonly UnansweredCandidate[];
}

export interface UnansweredLogOptions {
  /** Folder for the files; created on first write. */
  readonly dataDir: string;
  /** Size at which the current file is rotated. Default 5 MB. */
  readonly maxBytes?: number;
  /** Files kept, the current one included; the oldest is deleted beyond it. Default 5. */
  readonly maxFiles?: number;
}

export const UNANSWERED_DEFAULTS = Object.freeze({ maxBytes: 5 * 1024 * 1024, maxFiles: 5, fileName: 'unanswered' });

export interface UnansweredLog {
  /** The file being written now. */
  readonly path: string;
  append(record: UnansweredRecord): Promise<void>;
  /** Every record still kept, oldest first; lines torn by a crash are skipped. */
  readAll(): Promise<UnansweredRecord[]>;
}

export function createUnansweredLog(options: UnansweredLogOptions): UnansweredLog {
  const maxBytes = options.maxBytes ?? UNANSWERED_DEFAULTS.maxBytes;
  const maxFiles = Math.max(1, options.maxFiles ?? UNANSWERED_DEFAULTS.maxFiles);
  const fileAt = (generation: number) => join(options.dataDir, `${UNANSWERED_DEFAULTS.fileName}${generation === 0 ? '' : `.${generation}`}.jsonl`);
  let size: number | undefined; // learnt from disk on first append, so a restart continues the same file
  // Records wait here and are written together: one file append per batch, not per record,
  // so a flood of unanswerable questions drains as fast as the disk allows.
  let waiting: Array<{ line: string; settle: (error?: unknown) => void }> = [];
  let draining: Promise<void> | undefined;

  const rotate = async () => {
    await rm(fileAt(maxFiles - 1), { force: true });
    for (let generation = maxFiles - 2; generation >= 0; generation--) {
      await rename(fileAt(generation), fileAt(generation + 1)).catch(ignoreMissing);
    }
    size = 0;
  };

  const write = async (text: string) => {
    if (size === undefined) {
      await mkdir(options.dataDir, { recursive: true });
      size = await cutTornTail(fileAt(0));
    }
    const bytes = Buffer.byteLength(text);
    if (size > 0 && size + bytes > maxBytes) await rotate();
    try {
      await appendFile(fileAt(0), text);
    } catch (error) {
      // Part of the text may be on disk: look at the file's end again before the next write.
      size = undefined;
      throw error;
    }
    size += bytes;
  };

  const drain = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      // One failed write fails its batch, never the batches after it.
      const error = await write(batch.map((entry) => entry.line).join('')).then(() => undefined, (reason: unknown) => reason ?? new Error('write failed'));
      for (const entry of batch) entry.settle(error);
    }
    draining = undefined;
  };

  return {
    path: fileAt(0),
    append(record) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ line: `${JSON.stringify(record)}\n`, settle: (error) => (error === undefined ? resolve() : reject(error)) });
        draining ??= drain();
      });
    },
    async readAll() {
      await draining;
      const records: UnansweredRecord[] = [];
      for (let generation = maxFiles - 1; generation >= 0; generation--) {
        const text = await readFile(fileAt(generation), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
        records.push(...parseLines(text));
      }
      return records;
    },
  };
}

/** Truncates the file after its last newline, if anything follows it; resolves to the size kept. */
async function cutTornTail(path: string): Promise<number> {
  const file = await open(path, 'r+').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (file === undefined) return 0;
  try {
    const { size } = await file.stat();
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await file.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline >= 0) {
        end = start + newline + 1;
        break;
      }
      end = start;
    }
    if (end < size) await file.truncate(end);
    return end;
  } finally {
    await file.close();
  }
}

function parseLines(text: string): UnansweredRecord[] {
  return text.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    try {
      const record = JSON.parse(line) as UnansweredRecord;
      return typeof record.question === 'string' && Array.isArray(record.candidates) ? [record] : [];
    } catch {
      return [];
    }
  });
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
