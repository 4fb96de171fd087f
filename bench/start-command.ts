/**
 * The command `npm start` runs after its build check, read from package.json,
 * so the bench starts the bot with the same Node flags (the V8 heap settings)
 * a user gets, and a change to the start script is measured without a change here.
 */
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './paths.js';

export interface StartCommand {
  /** Flags before the entry point, e.g. `--max-semi-space-size=2`. */
  readonly nodeFlags: readonly string[];
  /** The script node runs, relative to the project root. */
  readonly entry: string;
}

/** Splits a `node [flags] entry.js` script; anything else (a shell pipeline, another program) is refused. */
export function parseStartScript(script: string): StartCommand {
  const [program, ...words] = script.trim().split(/\s+/);
  const entry = words.at(-1);
  const nodeFlags = words.slice(0, -1);
  if (program !== 'node' || entry === undefined || entry.startsWith('-') || nodeFlags.some((flag) => !flag.startsWith('-'))) {
    throw new Error(`bench: package.json's "start" script is "${script}"; the bench can only mirror "node [--flags] entry.js".`);
  }
  return { nodeFlags, entry };
}

export function readStartCommand(packageJson = `${PROJECT_ROOT}package.json`): StartCommand {
  const scripts = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const start = scripts?.start;
  if (start === undefined) throw new Error(`bench: ${packageJson} has no "start" script.`);
  return parseStartScript(start);
}
