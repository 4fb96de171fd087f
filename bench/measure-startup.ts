/**
 * Start-up as a user sees it: from spawning `node dist/main.js` (what `npm start` runs)
 * to the first answered `POST /api/ask`, plus the server's resident memory at
 * that moment, read from `/proc/<pid>/status` (no endpoint added to the app).
 */
import { postJson } from './post-json.js';
import { readProcessMemory } from './proc-status.js';
import { SERVER_ENTRY } from './paths.js';
import { serverEnv, spawnServer } from './spawn-server.js';
import { median } from './stats.js';
import type { BenchSettings } from './options.js';

type StartupSettings = BenchSettings['startup'];

export interface StartupRun {
  /** Spawn → `listening` log line. */
  readonly listeningMs: number;
  /** Spawn → first answer received in full. */
  readonly firstAnswerMs: number;
  readonly rssMb: number;
  /** Highest RSS during start-up (`VmHWM`). */
  readonly peakRssMb: number;
}

export interface StartupMeasurement {
  readonly question: string;
  readonly runs: readonly StartupRun[];
  /** Medians over the runs. */
  readonly listeningMs: number;
  readonly firstAnswerMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
}

export async function measureStartup({ warmupRuns, runs }: StartupSettings, question: string, dataDir: string): Promise<StartupMeasurement> {
  for (let run = 0; run < warmupRuns; run += 1) await startOnce(question, dataDir);
  const results: StartupRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await startOnce(question, dataDir));
  return {
    question,
    runs: results,
    listeningMs: median(results.map((r) => r.listeningMs)),
    firstAnswerMs: median(results.map((r) => r.firstAnswerMs)),
    rssMb: median(results.map((r) => r.rssMb)),
    peakRssMb: median(results.map((r) => r.peakRssMb)),
  };
}

async function startOnce(question: string, dataDir: string): Promise<StartupRun> {
  const spawnedAt = performance.now();
  const server = await spawnServer(SERVER_ENTRY, serverEnv({ DATA_DIR: dataDir }), spawnedAt);
  try {
    const response = await postJson(`${server.url}/api/ask`, { question });
    const firstAnswerMs = performance.now() - spawnedAt;
    if (response.status !== 200) throw new Error(`bench: the first POST /api/ask answered ${response.status}: ${response.body}`);
    return { listeningMs: server.listeningMs, firstAnswerMs, ...readProcessMemory(server.pid) };
  } finally {
    await server.stop();
  }
}
