/**
 * HTTP throughput of the bot against a bare Express baseline. Both servers
 * run the same way (own process, `node --import tsx`, Express 5, 127.0.0.1),
 * one at a time so neither competes with the other for a core, under the same
 * autocannon settings, same request bytes and same response bytes. Rounds
 * alternate which server goes first, and medians are reported, so drift in
 * the machine does not favour either.
 */
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
  /** The bot, answering the benchmark question. */
  readonly app: LoadResult;
  /** The bare Express endpoint returning the bot's answer as a fixed body. */
  readonly bareExpress: LoadResult;
  /** app ÷ bare requests per second. */
  readonly throughputRatio: number;
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
  const app: LoadResult[] = [];
  const bare: LoadResult[] = [];
  const mixed: LoadResult[] = [];
  let responseBytes = 0;
  let appRssMbAfterLoad = 0;

  const runApp = () =>
    withServer(SERVER_ENTRY, appEnv, async (server) => {
      if (responseBytes === 0) responseBytes = await captureBody(server, requestBody, bodyFile);
      app.push(await measure(server, [requestBody], settings));
      mixed.push(await measure(server, mixedBodies, settings));
      appRssMbAfterLoad = readProcessMemory(server.pid).rssMb;
    });
  const runBare = () => withServer(BARE_SERVER_ENTRY, serverEnv({ BENCH_BODY_FILE: bodyFile }), async (server) => {
    bare.push(await measure(server, [requestBody], settings));
  });

  for (let round = 0; round < settings.rounds; round += 1) {
    // The first round runs the app first: the baseline needs the body the app sends.
    const order = round % 2 === 0 ? [runApp, runBare] : [runBare, runApp];
    for (const run of order) await run();
  }
  const appResult = medianResult(app);
  const bareResult = medianResult(bare);
  return {
    settings,
    requestBody,
    responseBytes,
    app: appResult,
    bareExpress: bareResult,
    throughputRatio: appResult.requestsPerSecond / bareResult.requestsPerSecond,
    appMixed: medianResult(mixed),
    appRssMbAfterLoad,
  };
}

async function withServer(entry: string, env: NodeJS.ProcessEnv, use: (server: SpawnedServer) => Promise<void>): Promise<void> {
  const server = await spawnServer(entry, env);
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
