/**
 * The frame every CLI command runs in. Expected failures (bad usage, bad
 * settings, bad data) print their one readable message and exit 2; anything
 * else is a bug and prints its stack with exit 1. A command may resolve to
 * its own exit code (1 for a missed gate, say).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, DataError, UsageError } from '../errors.js';

export const USAGE_EXIT_CODE = 2;

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const expected = error instanceof ConfigError || error instanceof DataError || error instanceof UsageError;
      console.error(expected ? error.message : error);
      process.exitCode = expected ? USAGE_EXIT_CODE : 1;
    },
  );
}

/**
 * `parseArgs`, with its mistakes (unknown option, missing value, stray
 * argument) turned into a `UsageError` that says what was wrong and shows
 * `usage`, instead of a stack trace.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message goes on to explain `--`, which is not what the reader got wrong.
    const [what] = (error as Error).message.split('. ');
    throw new UsageError(`${what}.\n${usage}`);
  }
}
