/**
 * Starts a server (the bot as `npm start` runs it, `npm start` itself, or a
 * baseline) in its own process group, on a port the OS picks, and waits for
 * its `listening` log line to learn the URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BARE_SERVER_ENTRY, PROJECT_ROOT } from './paths.js';
import { readStartCommand } from './start-command.js';

/** A program and its arguments. */
export type ServerCommand = readonly [string, ...string[]];

/** The bot as `npm start` runs it, without npm: node, the start script's flags and entry (the build check, then the bot). */
export function botCommand(): ServerCommand {
  const { nodeFlags, entry } = readStartCommand();
  return [process.execPath, ...nodeFlags, `${PROJECT_ROOT}${entry}`];
}

/** `npm start` exactly as a user types it: npm, then the start script (the build check, then the bot). */
export const NPM_START: ServerCommand = ['npm', 'start', '--silent'];

/** A bare Express baseline (TypeScript, through tsx). */
export const BASELINE_COMMAND: ServerCommand = [process.execPath, '--import', 'tsx', BARE_SERVER_ENTRY];

export interface SpawnedServer {
  readonly url: string;
  /** The process spawned: the server itself, or npm for `NPM_START`. */
  readonly pid: number;
  /** From `spawn()` to the `listening` line, in ms. */
  readonly listeningMs: number;
  /** Sends SIGTERM (the graceful shutdown path) and waits for the process to end. */
  stop(): Promise<void>;
}

/** How long a server may take to print its `listening` line. */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * The per-client rate limit of a bot the bench starts: autocannon is one
 * client on loopback, the only one that server ever has, so raising the limit
 * in that process raises it for the load generator's address alone and only
 * for the run. Configuration, not a code path: the limiter still runs on
 * every request, as deployed.
 */
export const BENCH_RATE_LIMIT = Object.freeze({ RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' });

/**
 * The bot as deployed (default settings, so per-answer logs and metrics are
 * included) except: an OS-chosen port on loopback, Slack and Redis off, files
 * in a temporary DATA_DIR, and the rate limit above.
 */
export function serverEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SLACK_SIGNING_SECRET: '',
    SLACK_BOT_TOKEN: '',
    REDIS_URL: '',
    // Stopping a server between rounds need not wait out the load balancer's drain.
    SHUTDOWN_DRAIN_MS: '0',
    ...BENCH_RATE_LIMIT,
    ...overrides,
  };
}

/** `cpu`: a core to pin the server to (`taskset -c`, which execs node, so the pid is node's). */
export function spawnServer(args: ServerCommand, env: NodeJS.ProcessEnv, spawnedAt = performance.now(), cpu?: string): Promise<SpawnedServer> {
  const [command, ...rest] = cpu === undefined ? args : (['taskset', '-c', cpu, ...args] as const);
  const entry = args.join(' ');
  // Its own process group, so stopping `npm start` reaches the node process npm started too.
  const child = spawn(command, rest, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`bench: ${entry} ${reason}.${stderr ? `\n${stderr}` : ''}`));
    };
    const timer = setTimeout(() => fail(`printed no "listening" line within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before listening`));
    // Keep reading stdout after start-up, or a chatty server would block on a full pipe.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = listeningUrl(line);
      if (url === undefined || child.pid === undefined) return;
      const listeningMs = performance.now() - spawnedAt;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, pid: child.pid, listeningMs, stop: () => stop(child) });
    });
  });
}

/** The URL of a `{"msg":"listening","url":…}` log line, the one both servers print. */
function listeningUrl(line: string): string | undefined {
  if (!line.includes('listening')) return undefined;
  try {
    const record = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return record.msg === 'listening' && typeof record.url === 'string' ? record.url : undefined;
  } catch {
    return undefined;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup(child.pid, 'SIGTERM');
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
