/**
 * Every error the bot reports on purpose, with a stable code. HTTP statuses
 * are assigned in one place (`channels/http/error-response.ts`); messages say
 * what was wrong and how to fix it.
 */

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'article_not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'unauthorized'
  | 'internal_error';

/** An error meant for the caller: its message is safe to show. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A setting that stops the process at start-up; the message names the setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A knowledge or intent file that fails validation; the message names file, field and fix. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(readonly problems: readonly string[]) {
    // One problem stays on one line, so a typo in one file reads as one line in a terminal or a log.
    super(problems.length === 1 ? `Invalid bot data: ${problems[0]}` : `Invalid bot data:\n  - ${problems.join('\n  - ')}`);
  }
}

/** A command-line invocation that is missing or misusing an argument; the message shows the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
