/**
 * Where log lines go: stdout, without ever blocking the server. Lines wait
 * in a buffer bounded to `MAX_WAITING_BYTES` and are written together once
 * per turn of the event loop (a write per line cost a tenth of a request).
 * When whatever reads stdout stalls (a stuck log shipper, a full pipe), the
 * write takes what fits, the rest waits and is retried every
 * `RETRY_MS`, and once the buffer is full further lines are dropped and
 * counted (`droppedLogLines`, exported as `bot_log_lines_dropped_total`)
 * while the server keeps answering. When the reader is gone (EPIPE), lines
 * are dropped from then on.
 *
 * Why not pino's own destinations:
 * - A pipe inherited as stdout is blocking: a write to it when full waits
 *   for the reader, on the main thread (pino's default, synchronous
 *   destination: every route hung) or on a libuv thread (its asynchronous
 *   one), which libuv then waits for at exit, so the process never ends.
 *   Opening `process.stdout` makes Node put the pipe in non-blocking mode,
 *   so a full pipe answers EAGAIN at once instead.
 * - sonic-boom's exit flush retries any error but EAGAIN for ever, so a bot
 *   whose log reader died (EPIPE) could never finish shutting down.
 *
 * On exit, what is waiting is written (so `process.exit` and an uncaught
 * error lose nothing), for at most `EXIT_FLUSH_MS` if the pipe is full.
 */
import { writeSync } from 'node:fs';
import type { pino } from 'pino';

/** Most bytes waiting for stdout before new lines are dropped (about 1,000 typical lines). */
export const MAX_WAITING_BYTES = 256 * 1024;
/** While stdout is full, how often writing is tried again. */
export const RETRY_MS = 100;
/** On exit, how long a full stdout may delay it before the waiting lines are given up. */
export const EXIT_FLUSH_MS = 1000;

let dropped = 0;
/** Every destination's exit flush; the one `exit` listener runs them all. */
const exitFlushes = new Set<() => void>();

/** Log lines dropped so far by every destination of this process (for `/metrics`). */
export function droppedLogLines(): number {
  return dropped;
}

/** Log lines to `fd` (stdout by default), never blocking, dropping what a stalled reader cannot take. */
export function stdoutDestination(fd = 1): pino.DestinationStream {
  if (fd === 1) void process.stdout;
  if (exitFlushes.size === 0) {
    process.once('exit', () => {
      for (const flush of exitFlushes) flush();
    });
  }
  let lines: string[] = [];
  let bytes = 0;
  let rest: Buffer | undefined; // what a full pipe did not take last time
  let scheduled = false;
  let gone = false;
  const pause = new Int32Array(new SharedArrayBuffer(4));

  /** Writes what is waiting; resolves to whether stdout took all of it. */
  const writeWaiting = (): boolean => {
    let buffer = Buffer.concat([rest ?? Buffer.alloc(0), Buffer.from(lines.join(''), 'utf8')]);
    lines = [];
    while (buffer.length > 0) {
      try {
        buffer = buffer.subarray(writeSync(fd, buffer));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          gone = true;
          buffer = Buffer.alloc(0);
          break;
        }
        rest = buffer;
        bytes = buffer.length;
        return false;
      }
    }
    rest = undefined;
    bytes = 0;
    return true;
  };
  const flush = () => {
    scheduled = false;
    if (!writeWaiting() && !gone) schedule(RETRY_MS);
  };
  const schedule = (delayMs: number) => {
    scheduled = true;
    if (delayMs === 0) setImmediate(flush);
    else setTimeout(flush, delayMs).unref();
  };
  exitFlushes.add(() => {
    const giveUpAt = Date.now() + EXIT_FLUSH_MS;
    while (bytes > 0 && !writeWaiting() && !gone && Date.now() < giveUpAt) Atomics.wait(pause, 0, 0, 10);
  });

  return {
    write(line: string) {
      const length = Buffer.byteLength(line);
      if (gone || bytes + length > MAX_WAITING_BYTES) {
        dropped += 1;
        return;
      }
      lines.push(line);
      bytes += length;
      if (!scheduled) schedule(0);
    },
  };
}
