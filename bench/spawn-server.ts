/**
 * Starts a server entry point (`src/main.ts` or the bare baseline) in its own
 * process (compiled JavaScript with plain node, as `npm start` runs it; TypeScript with tsx), on a port
 * the OS picks, and waits for its `listening` log line to learn the URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from './paths.js';

export interface SpawnedServer {
  readonly url: string;
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
 * The bot as deployed (default settings, so per-answer logs and metrics are
 * included) except: an OS-chosen port on loopback, Slack and Redis off, files
 * in a temporary DATA_DIR, and a per-client rate limit too high to refuse
 * anything (autocannon is one client; the limiter still runs on every request).
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
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    ...overrides,
  };
}

/** `cpu`: a core to pin the server to (`taskset -c`, which execs node, so the pid is node's). */
export function spawnServer(entry: string, env: NodeJS.ProcessEnv, spawnedAt = performance.now(), cpu?: string): Promise<SpawnedServer> {
  // Compiled JavaScript runs as `npm start` runs it; TypeScript entries (the bare baseline) need tsx.
  const args = [process.execPath, ...(entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry])];
  const [command = process.execPath, ...rest] = cpu === undefined ? args : ['taskset', '-c', cpu, ...args];
  const child = spawn(command, rest, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
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
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
