/** Runs a CLI command; expected failures (bad data, bad settings, bad usage) print one readable line and exit 1. */
import { ConfigError, DataError, UsageError } from '../errors.js';

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const expected = error instanceof ConfigError || error instanceof DataError || error instanceof UsageError;
    console.error(expected ? error.message : error);
    process.exitCode = 1;
  });
}
