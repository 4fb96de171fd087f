/**
 * Runs a probe script (`*-probe.ts`) in a fresh Node process, so each
 * measurement starts cold and alone: no JIT, caches or heap left over from
 * another section. The input goes in as a JSON argument; the result comes
 * back over the IPC channel.
 */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from './paths.js';

export interface ProbeOptions {
  /** Extra `node` flags, e.g. `--expose-gc`. */
  readonly nodeFlags?: readonly string[];
  readonly timeoutMs: number;
}

export class ProbeTimeout extends Error {
  override readonly name = 'ProbeTimeout';
}

export function runProbe<T>(script: string, input: unknown, { nodeFlags = [], timeoutMs }: ProbeOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, JSON.stringify(input)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: { value: T } | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ProbeTimeout(`bench: ${script} did not finish within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
    child.on('message', (message) => {
      result = { value: message as T };
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result !== undefined && code === 0) resolve(result.value);
      else reject(new Error(`bench: ${script} exited with ${signal ?? `code ${code}`} before reporting a result.`));
    });
  });
}

/** In a probe: its input, parsed from the JSON argument. */
export function probeInput<T>(): T {
  const text = process.argv[2];
  if (text === undefined) throw new Error('bench: a probe needs its input as a JSON argument; start it through runProbe().');
  return JSON.parse(text) as T;
}

/** In a probe: sends the result to the bench and lets the process end. */
export function reportToParent(result: unknown): void {
  if (process.send === undefined) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  process.send(result, () => process.disconnect());
}
