/**
 * Where log lines go: stdout, through pino's asynchronous destination
 * (sonic-boom), which never blocks the event loop. Lines wait in a buffer
 * bounded to `MAX_WAITING_BYTES` while a write is in flight; when whatever
 * reads stdout stalls (a stuck log shipper, a full pipe), the buffer fills
 * and further lines are dropped and counted (`droppedLogLines`, exported as
 * `bot_log_lines_dropped_total`) while the server keeps answering.
 *
 * Two things make that hold for a pipe:
 * - A pipe inherited as stdout is blocking; a write to it when full would
 *   block one of libuv's threads for good, and the process could then never
 *   exit (libuv waits for its threads). Opening `process.stdout` makes Node
 *   put the pipe in non-blocking mode, so a full pipe answers EAGAIN and
 *   sonic-boom retries every 100 ms instead.
 * - On exit, what is waiting is written synchronously (so `process.exit` and
 *   an uncaught error lose nothing), but for at most `EXIT_FLUSH_MS`: pino's
 *   own exit flush would retry a full pipe for ever.
 */
import { pino } from 'pino';

/** Most bytes waiting for stdout before new lines are dropped (about 4,000 typical lines). */
export const MAX_WAITING_BYTES = 1024 * 1024;
/** On exit, how long a stalled stdout may delay it before the waiting lines are given up. */
export const EXIT_FLUSH_MS = 1000;

type SonicBoom = ReturnType<typeof pino.destination>;

let dropped = 0;
const open = new Set<{ sonic: SonicBoom; giveUpAt: number }>();
let exitHandlerInstalled = false;

/** Log lines dropped so far by every destination of this process (for `/metrics`). */
export function droppedLogLines(): number {
  return dropped;
}

/** Log lines to `fd` (stdout by default), asynchronously, dropping what a stalled reader cannot take. */
export function stdoutDestination(fd = 1): pino.DestinationStream {
  // Installed before pino's own exit hook (which pino.destination adds), so it runs first: see flushOnExit.
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.once('exit', flushOnExit);
  }
  if (fd === 1) void process.stdout;
  const entry = { sonic: undefined as unknown as SonicBoom, giveUpAt: Infinity };
  entry.sonic = pino.destination({ dest: fd, sync: false, maxLength: MAX_WAITING_BYTES, retryEAGAIN: () => Date.now() < entry.giveUpAt });
  open.add(entry);
  let gone = false;
  entry.sonic.on('drop', () => (dropped += 1));
  // EPIPE (the reader died) or any other write error: stop writing, count what follows as dropped.
  entry.sonic.on('error', () => {
    gone = true;
    open.delete(entry);
  });
  return {
    write(line: string) {
      if (gone) dropped += 1;
      else entry.sonic.write(line);
    },
  };
}

function flushOnExit(): void {
  for (const entry of open) {
    entry.giveUpAt = Date.now() + EXIT_FLUSH_MS;
    try {
      entry.sonic.flushSync();
    } catch {
      // Still stalled: the waiting lines are lost. Destroying the destination empties it, so pino's exit hook skips it.
      entry.sonic.destroy();
    }
  }
}
