/**
 * The bot's structured JSON logs (pino): one line per event on stdout, with
 * the level as a word, so any log shipper can read them. Secrets never belong
 * in a log line; the redaction list is a safety net for fields that might
 * carry one by mistake (headers, tokens, URLs with passwords).
 */
import { writeSync } from 'node:fs';
import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger } from 'pino';

/** Fields censored wherever they appear (one level of nesting), whatever logs them. */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'cookie',
  'token',
  'botToken',
  'signingSecret',
  'password',
  'redisUrl',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.botToken',
  '*.signingSecret',
  '*.password',
  '*.redisUrl',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  '*.headers.authorization',
  '*.headers.cookie',
];

export interface LoggerOptions {
  readonly level: Config['logLevel'];
  /** Where lines go; stdout by default (tests pass a stream they can read). */
  readonly destination?: pino.DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    // "level":"warn" reads better in a terminal and filters as easily as 40.
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
  return pino(options, destination ?? stdoutDestination());
}

/** While stdout is a full pipe, how often and how many times a line is retried before it is dropped. */
const BUSY_RETRY_MS = 10;
const BUSY_RETRIES = 100;

/** Waiting lines are written at once when they reach this many characters. */
const FLUSH_AT_CHARS = 64 * 1024;

/** Destinations with lines waiting; the one `exit` listener writes them all. */
const waiting = new Set<() => void>();
let flushOnExit = false;

/**
 * Log lines to file descriptor 1. Lines are gathered and written together at
 * the end of each turn of the event loop (or once 64 KB wait): a write per
 * line cost a tenth of a request's CPU time. `exit` writes what is left, so
 * an uncaught error or `process.exit` loses nothing; only a SIGKILL can lose
 * the last turn's lines. Unlike pino's default destination, it never hangs
 * the process: once stdout is gone (the reader died: EPIPE), lines are
 * dropped, and a pipe that stays full for a second costs those lines, not
 * the server. pino's own destination retries a broken pipe forever when the
 * process exits, so a bot whose log reader died could never finish shutting
 * down.
 */
export function stdoutDestination(fd = 1): pino.DestinationStream {
  let gone = false;
  let lines: string[] = [];
  let length = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const writeAll = (text: string) => {
    let rest = Buffer.from(text, 'utf8');
    for (let busy = 0; rest.length > 0 && busy <= BUSY_RETRIES; ) {
      try {
        rest = rest.subarray(writeSync(fd, rest));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          gone = true;
          return;
        }
        busy += 1;
        Atomics.wait(pause, 0, 0, BUSY_RETRY_MS);
      }
    }
  };
  const flush = () => {
    waiting.delete(flush);
    const text = lines.join('');
    lines = [];
    length = 0;
    if (text !== '' && !gone) writeAll(text);
  };
  if (!flushOnExit) {
    flushOnExit = true;
    process.once('exit', () => {
      for (const pending of [...waiting]) pending();
    });
  }
  return {
    write(line: string) {
      if (gone) return;
      lines.push(line);
      length += line.length;
      if (length >= FLUSH_AT_CHARS) flush();
      else if (!waiting.has(flush)) {
        waiting.add(flush);
        setImmediate(flush);
      }
    },
  };
}

/**
 * A logger for start-up and shutdown lines (`listening`, `shutting down`):
 * printed at every level but `silent`, because process managers, the
 * benchmark and the tests wait for the `listening` line even when LOG_LEVEL
 * hides routine lines.
 */
export function lifecycleLogger(logger: Logger): Logger {
  if (logger.level === 'silent' || logger.isLevelEnabled('info')) return logger;
  return logger.child({}, { level: 'info' });
}
