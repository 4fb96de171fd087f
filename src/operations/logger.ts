/**
 * The bot's structured JSON logs (pino): one line per event on stdout, with
 * the level as a word, so any log shipper can read them; writing them never
 * blocks the server (see `log-destination.ts`). Secrets never belong
 * in a log line; the redaction list is a safety net for fields that might
 * carry one by mistake (headers, tokens, URLs with passwords).
 */
import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';
import { stdoutDestination } from './log-destination.js';

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
