/**
 * The bot as `npm start` runs it (`node --import tsx src/main.ts`) in a
 * child process on a free loopback port, with its log lines collected, so
 * tests see exactly what production does: config loading, Redis, signals.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface BotProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly pid: number;
  /** Every line written to stdout and stderr so far. */
  readonly lines: string[];
  /** Parsed JSON log lines so far. */
  records(): Array<Record<string, unknown>>;
  /** Sends a signal and resolves with the exit code (null if killed). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  readonly exited: Promise<number | null>;
}

/** Settings that keep a test bot self-contained: free port, own data folder, no Slack from the environment. */
export function botEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // No drain delay unless a test is about it: every test bot stops on SIGTERM.
    SHUTDOWN_DRAIN_MS: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')),
    ...overrides,
  };
}

export interface StartOptions {
  /** Stop reading stdout once the bot listens, as a stalled log shipper would: its pipe fills and stays full. */
  readonly stallStdout?: boolean;
}

export async function startBot(env: NodeJS.ProcessEnv, options: StartOptions = {}): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  createInterface({ input: child.stderr! }).on('line', (line) => lines.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not print "listening" within ${START_TIMEOUT_MS} ms:\n${lines.join('\n')}`)), START_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before listening:\n${lines.join('\n')}`));
    });
    const stdout = createInterface({ input: child.stdout! });
    stdout.on('line', (line) => {
      lines.push(line);
      const found = /"msg":"listening"/.test(line) ? (JSON.parse(line) as { url?: string }).url : undefined;
      if (found !== undefined) {
        clearTimeout(timer);
        if (options.stallStdout === true) {
          stdout.close();
          child.stdout!.pause();
        }
        resolve(found);
      }
    });
  });
  return {
    url,
    pid: child.pid!,
    lines,
    exited,
    records: () =>
      lines.flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function ask(url: string, question: string, sessionId?: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, ...(sessionId === undefined ? {} : { sessionId }) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
