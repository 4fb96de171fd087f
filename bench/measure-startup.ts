/**
 * Start-up as a user sees it, two ways: `npm start` exactly as typed (npm,
 * then the start script: the build check, nothing changed since the last
 * build, and the bot), and the start script without npm (`node <flags>
 * scripts/start.mjs`, what `npm start` runs). Each is timed from spawn to a 200 from `GET /healthz`;
 * the bot's own start also to the first answered `POST /api/ask`, with its
 * resident memory at that moment read from `/proc/<pid>/status`.
 */
import { getText, postJson } from './post-json.js';
import { readProcessMemory } from './proc-status.js';
import { botCommand, NPM_START, serverEnv, spawnServer, type SpawnedServer } from './spawn-server.js';
import { median } from './stats.js';
import type { BenchSettings } from './options.js';

type StartupSettings = BenchSettings['startup'];

export interface StartupRun {
  /** `npm start`: spawn → `/healthz` answered 200. */
  readonly npmStartHealthyMs: number;
  /** The bot's own command: spawn → `listening` log line. */
  readonly listeningMs: number;
  /** The bot's own command: spawn → `/healthz` answered 200. */
  readonly healthyMs: number;
  /** The bot's own command: spawn → first answer received in full. */
  readonly firstAnswerMs: number;
  readonly rssMb: number;
  /** Highest RSS during start-up (`VmHWM`). */
  readonly peakRssMb: number;
}

export interface StartupMeasurement {
  readonly question: string;
  readonly runs: readonly StartupRun[];
  /** Medians over the runs. */
  readonly npmStartHealthyMs: number;
  readonly listeningMs: number;
  readonly healthyMs: number;
  readonly firstAnswerMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
}

export async function measureStartup({ warmupRuns, runs }: StartupSettings, question: string, dataDir: string): Promise<StartupMeasurement> {
  for (let run = 0; run < warmupRuns; run += 1) await startOnce(question, dataDir);
  const results: StartupRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await startOnce(question, dataDir));
  const medianOf = (pick: (run: StartupRun) => number) => median(results.map(pick));
  return {
    question,
    runs: results,
    npmStartHealthyMs: medianOf((r) => r.npmStartHealthyMs),
    listeningMs: medianOf((r) => r.listeningMs),
    healthyMs: medianOf((r) => r.healthyMs),
    firstAnswerMs: medianOf((r) => r.firstAnswerMs),
    rssMb: medianOf((r) => r.rssMb),
    peakRssMb: medianOf((r) => r.peakRssMb),
  };
}

async function startOnce(question: string, dataDir: string): Promise<StartupRun> {
  const env = serverEnv({ DATA_DIR: dataDir });
  const npmSpawnedAt = performance.now();
  const npmStart = await spawnServer(NPM_START, env, npmSpawnedAt);
  const npmStartHealthyMs = await healthyAfter(npmStart, npmSpawnedAt).finally(() => npmStart.stop());
  const spawnedAt = performance.now();
  const server = await spawnServer(botCommand(), env, spawnedAt);
  try {
    const healthyMs = await healthyAfter(server, spawnedAt);
    const response = await postJson(`${server.url}/api/ask`, { question });
    const firstAnswerMs = performance.now() - spawnedAt;
    if (response.status !== 200) throw new Error(`bench: the first POST /api/ask answered ${response.status}: ${response.body}`);
    return { npmStartHealthyMs, listeningMs: server.listeningMs, healthyMs, firstAnswerMs, ...readProcessMemory(server.pid) };
  } finally {
    await server.stop();
  }
}

/** Milliseconds from `spawnedAt` to a 200 from the server's `/healthz`. */
async function healthyAfter(server: SpawnedServer, spawnedAt: number): Promise<number> {
  const response = await getText(`${server.url}/healthz`);
  if (response.status !== 200) throw new Error(`bench: GET /healthz answered ${response.status}: ${response.body}`);
  return performance.now() - spawnedAt;
}
