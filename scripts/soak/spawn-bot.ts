/** Starts the bot as `npm start` does, in its own process on a free port, and reads its `listening` line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface SpawnedBot {
  readonly url: string;
  readonly pid: number;
  /** SIGTERM, then the exit code (null if it had to be killed). */
  stop(timeoutMs?: number): Promise<number | null>;
}

export async function spawnBot(env: NodeJS.ProcessEnv): Promise<SpawnedBot> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let tail = '';
  // Logs are read and dropped (a full pipe would block the bot), keeping the end for error messages.
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`soak: the bot printed no "listening" line within ${START_TIMEOUT_MS / 1000} s\n${tail}`)), START_TIMEOUT_MS);
    void exited.then((code) => reject(new Error(`soak: the bot exited (${code}) before listening\n${tail}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      tail = (tail + line + '\n').slice(-4000);
      if (!line.includes('"msg":"listening"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: async (timeoutMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
