/**
 * Starts the bot as `npm start` does, in its own process on a free port, and
 * reads its `listening` line; with `probeHeap`, it also loads the soak's heap
 * probe so the live heap can be read after a full garbage collection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 10_000;

export interface SpawnedBot {
  readonly url: string;
  readonly pid: number;
  /** Live heap in MB after a full garbage collection (needs `probeHeap`). */
  liveHeapMb(): Promise<number>;
  /** SIGTERM, then the exit code (null if it had to be killed). */
  stop(timeoutMs?: number): Promise<number | null>;
}

export interface SpawnOptions {
  /** V8 old-space cap in MB (`--max-old-space-size`), as a container memory limit would set. */
  readonly heapMb?: number;
  readonly probeHeap?: boolean;
}

export async function spawnBot(env: NodeJS.ProcessEnv, options: SpawnOptions = {}): Promise<SpawnedBot> {
  const flags = [
    ...(options.heapMb === undefined ? [] : [`--max-old-space-size=${options.heapMb}`]),
    ...(options.probeHeap ? ['--expose-gc', '--import', 'tsx', '--import', './scripts/soak/heap-probe.ts'] : ['--import', 'tsx']),
  ];
  const child: ChildProcess = spawn(process.execPath, [...flags, 'src/main.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let tail = '';
  const probes: Array<(mb: number) => void> = [];
  // Logs are read and dropped (a full pipe would block the bot), keeping the end for error messages.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('{"soakHeapProbe"')) return probes.shift()?.((JSON.parse(line) as { soakHeapProbe: { liveHeapMb: number } }).soakHeapProbe.liveHeapMb);
    tail = `${tail}${line}\n`.slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`soak: the bot printed no "listening" line within ${START_TIMEOUT_MS / 1000} s\n${tail}`)), START_TIMEOUT_MS);
    void exited.then((code) => reject(new Error(`soak: the bot exited (${code}) before listening\n${tail}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('"msg":"listening"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return {
    url,
    pid: child.pid!,
    liveHeapMb: () =>
      new Promise((resolve, reject) => {
        if (!options.probeHeap) return reject(new Error('soak: the bot was started without the heap probe'));
        const timer = setTimeout(() => reject(new Error('soak: the heap probe did not answer')), PROBE_TIMEOUT_MS);
        probes.push((mb) => {
          clearTimeout(timer);
          resolve(mb);
        });
        child.kill('SIGUSR2');
      }),
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
