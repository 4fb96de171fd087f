/**
 * HTTP throughput of the bot against a bare Express baseline. Both servers
 * run the same way (own process, Express 5, 127.0.0.1), one at a time so
 * neither competes with the other for a core, under the same autocannon
 * settings, same request bytes and same response bytes. Where `taskset`
 * exists and there are two cores or more, the server gets a core of its own
 * and autocannon the others, so the scheduler cannot put both on one.
 * Rounds alternate which server goes first, and medians are reported, so
 * drift in the machine does not favour either.
 *
 * The bot runs as deployed, answer cache on: the benchmark question is an
 * opening question, answered from the cache after the first time. It is
 * also measured with `ANSWER_CACHE_SIZE=0`, so the report shows what every
 * request answered afresh costs too.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTest, type LoadResult, type LoadSettings } from './load-test.js';
import { postJson } from './post-json.js';
import { readProcessMemory } from './proc-status.js';
import { BARE_SERVER_ENTRY, SERVER_ENTRY } from './paths.js';
import { serverEnv, spawnServer, type SpawnedServer } from './spawn-server.js';
import { median } from './stats.js';

export interface HttpSettings extends LoadSettings {
  readonly warmupSeconds: number;
  readonly rounds: number;
}

export interface HttpMeasurement {
  readonly settings: HttpSettings;
  /** The request both servers receive. */
  readonly requestBody: string;
  /** Size of the JSON body both servers send back. */
  readonly responseBytes: number;
  /** The bot as deployed (answer cache on), answering the benchmark question. */
  readonly app: LoadResult;
  /** The bot with the answer cache off: every request runs the whole pipeline. */
  readonly appUncached: LoadResult;
  /** The bare Express endpoint returning the bot's answer as a fixed body. */
  readonly bareExpress: LoadResult;
  /** app ÷ bare requests per second. */
  readonly throughputRatio: number;
  /** appUncached ÷ bare requests per second. */
  readonly uncachedThroughputRatio: number;
  /** The cores the servers and autocannon were pinned to; null when they were not pinned. */
  readonly pinning: { readonly serverCpu: string; readonly loadCpus: string } | null;
  /** The bot under a rotating mix of all single evaluation questions (not part of the ratio). */
  readonly appMixed: LoadResult;
  /** The bot's RSS after the load, read from /proc. */
  readonly appRssMbAfterLoad: number;
}

export async function measureHttp(question: string, mixedQuestions: readonly string[], settings: HttpSettings, workDir: string): Promise<HttpMeasurement> {
  const requestBody = JSON.stringify({ question });
  const mixedBodies = mixedQuestions.map((q) => JSON.stringify({ question: q }));
  const bodyFile = join(workDir, 'baseline-body.json');
  const appEnv = serverEnv({ DATA_DIR: workDir });
  const uncachedEnv = serverEnv({ DATA_DIR: workDir, ANSWER_CACHE_SIZE: '0' });
  const pinning = pinCores();
  const serverCpu = pinning?.serverCpu;
  const app: LoadResult[] = [];
  const uncached: LoadResult[] = [];
  const bare: LoadResult[] = [];
  const mixed: LoadResult[] = [];
  let responseBytes = 0;
  let appRssMbAfterLoad = 0;

  const runApp = () =>
    withServer(SERVER_ENTRY, appEnv, serverCpu, async (server) => {
      if (responseBytes === 0) responseBytes = await captureBody(server, requestBody, bodyFile);
      app.push(await measure(server, [requestBody], settings));
      mixed.push(await measure(server, mixedBodies, settings));
      appRssMbAfterLoad = readProcessMemory(server.pid).rssMb;
    });
  /** A server that is only asked the benchmark question. */
  const runPlain = (entry: string, env: NodeJS.ProcessEnv, results: LoadResult[]) => () =>
    withServer(entry, env, serverCpu, async (server) => {
      results.push(await measure(server, [requestBody], settings));
    });
  const runUncached = runPlain(SERVER_ENTRY, uncachedEnv, uncached);
  const runBare = runPlain(BARE_SERVER_ENTRY, serverEnv({ BENCH_BODY_FILE: bodyFile }), bare);

  try {
    for (let round = 0; round < settings.rounds; round += 1) {
      // The first round runs the app first: the baseline needs the body the app sends.
      const order = round % 2 === 0 ? [runApp, runUncached, runBare] : [runBare, runUncached, runApp];
      for (const run of order) await run();
    }
  } finally {
    pinning?.release();
  }
  const appResult = medianResult(app);
  const uncachedResult = medianResult(uncached);
  const bareResult = medianResult(bare);
  return {
    settings,
    requestBody,
    responseBytes,
    app: appResult,
    appUncached: uncachedResult,
    bareExpress: bareResult,
    throughputRatio: appResult.requestsPerSecond / bareResult.requestsPerSecond,
    uncachedThroughputRatio: uncachedResult.requestsPerSecond / bareResult.requestsPerSecond,
    pinning: pinning === undefined ? null : { serverCpu: pinning.serverCpu, loadCpus: pinning.loadCpus },
    appMixed: medianResult(mixed),
    appRssMbAfterLoad,
  };
}

/**
 * Gives the last core this process may use to the servers and the others
 * to this process (which runs autocannon) until `release`, which restores
 * what it had; undefined where there is no `taskset` or only one core.
 */
function pinCores(): { serverCpu: string; loadCpus: string; release(): void } | undefined {
  const taskset = (...args: string[]) => execFileSync('taskset', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = String(process.pid);
  try {
    // "pid 123's current affinity list: 0-3,6"
    const allowed = taskset('-cp', pid).split(':').at(-1)?.trim() ?? '';
    const cpus = allowed.split(',').flatMap(expandRange);
    const serverCpu = cpus.at(-1);
    if (cpus.length < 2 || serverCpu === undefined) return undefined;
    const loadCpus = cpus.slice(0, -1).join(',');
    taskset('-a', '-cp', loadCpus, pid);
    return { serverCpu: String(serverCpu), loadCpus, release: () => void taskset('-a', '-cp', allowed, pid) };
  } catch {
    return undefined;
  }
}

/** "2-4" → [2, 3, 4]; "5" → [5]. */
function expandRange(range: string): number[] {
  const [from = Number.NaN, to = from] = range.split('-').map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to)) return [];
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

async function withServer(entry: string, env: NodeJS.ProcessEnv, cpu: string | undefined, use: (server: SpawnedServer) => Promise<void>): Promise<void> {
  const server = await spawnServer(entry, env, performance.now(), cpu);
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

/** Asks the bot once and saves its answer as the baseline's fixed body; returns its size. */
async function captureBody(server: SpawnedServer, requestBody: string, bodyFile: string): Promise<number> {
  const response = await postJson(`${server.url}/api/ask`, JSON.parse(requestBody));
  if (response.status !== 200) throw new Error(`bench: POST /api/ask answered ${response.status}: ${response.body}`);
  writeFileSync(bodyFile, response.body);
  return Buffer.byteLength(response.body);
}

async function measure(server: SpawnedServer, bodies: readonly string[], settings: HttpSettings): Promise<LoadResult> {
  const url = `${server.url}/api/ask`;
  if (settings.warmupSeconds > 0) await loadTest(url, bodies, { ...settings, durationSeconds: settings.warmupSeconds });
  return loadTest(url, bodies, settings);
}

/** The run with the median throughput (a real run, not a blend of several). */
function medianResult(results: readonly LoadResult[]): LoadResult {
  const target = median(results.map((r) => r.requestsPerSecond));
  const chosen = results.find((r) => r.requestsPerSecond === target);
  if (chosen === undefined) throw new Error('bench: no HTTP results to summarise.');
  return chosen;
}
