/**
 * HTTP throughput of the bot against two bare Express baselines (see
 * `bare-express-server.ts`): the parsing baseline, which reads the request
 * body as any JSON API must and which the targets are set against, and the
 * body-ignoring one, reported as the ceiling. All run the same way (own
 * process, Express 5, 127.0.0.1), one at a time so none competes with another
 * for a core, under the same autocannon settings and the same workloads, and
 * answer with the same bytes: the baselines send the bot's own answers. Where
 * `taskset` exists and there are two cores or more, the server gets a core of
 * its own and autocannon the others. Rounds alternate which server goes first
 * and medians are reported, so drift in the machine favours none of them.
 *
 * The bot runs as `npm start` runs it (the start script's Node flags, answer
 * cache on), with the rate limit raised by configuration for the run (see
 * `BENCH_RATE_LIMIT`); it is also measured with `ANSWER_CACHE_SIZE=0` on the
 * openers, which shows what the cache saves.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaselineAnswers } from './bare-express-server.js';
import { requestBody, type HttpWorkload, type HttpWorkloadName } from './http-workloads.js';
import { loadTest, type LoadResult, type LoadSettings } from './load-test.js';
import { postJson } from './post-json.js';
import { readProcessCpuMs, readProcessMemory } from './proc-status.js';
import { BASELINE_COMMAND, BENCH_RATE_LIMIT, botCommand, serverEnv, spawnServer, type ServerCommand, type SpawnedServer } from './spawn-server.js';
import { median } from './stats.js';

export interface HttpSettings extends LoadSettings {
  readonly warmupSeconds: number;
  readonly rounds: number;
}

export interface ServerLoadResult extends LoadResult {
  /** The server process's CPU time per request during the measured run (all its threads), in µs. */
  readonly serverCpuUsPerRequest: number;
}

export interface WorkloadMeasurement {
  readonly name: HttpWorkloadName;
  readonly description: string;
  /** Requests in one connection's script. */
  readonly steps: number;
  /** The bot as deployed (median round). */
  readonly bot: ServerLoadResult;
  /** The parsing baseline (median round). */
  readonly parsing: ServerLoadResult;
  /** The body-ignoring baseline, the ceiling (median round). */
  readonly fixed: ServerLoadResult;
  /** bot ÷ parsing baseline, requests per second: the figure the targets are set on. */
  readonly ratio: number;
  /** bot ÷ body-ignoring baseline. */
  readonly ceilingRatio: number;
}

export interface HttpMeasurement {
  readonly settings: HttpSettings;
  /** The Node flags the bot ran with, from package.json's start script. */
  readonly nodeFlags: readonly string[];
  /** The rate-limit settings the bench gave the bot (its only client is autocannon). */
  readonly rateLimit: Readonly<Record<string, string>>;
  /** Size of the fixed baseline's body: the bot's answer to the first opener. */
  readonly fixedResponseBytes: number;
  readonly workloads: readonly WorkloadMeasurement[];
  /** The bot with the answer cache off, on the openers: every request runs the whole pipeline. */
  readonly botUncachedOpeners: ServerLoadResult;
  /** botUncachedOpeners ÷ the parsing baseline on the openers. */
  readonly uncachedOpenersRatio: number;
  /** The cores the servers and autocannon were pinned to; null when they were not pinned. */
  readonly pinning: { readonly serverCpu: string; readonly loadCpus: string } | null;
  /** The bot's resident memory right after the conversations workload, highest over the rounds, from /proc. */
  readonly botRssMbAfterConversations: number;
}

type Server = 'bot' | 'parsing' | 'fixed' | 'uncached';

export async function measureHttp(workloads: readonly HttpWorkload[], settings: HttpSettings, workDir: string): Promise<HttpMeasurement> {
  const answersFile = join(workDir, 'baseline-answers.json');
  const bot = botCommand();
  const results = new Map<string, ServerLoadResult[]>();
  const record = (server: Server, workload: HttpWorkloadName, result: ServerLoadResult) => {
    const key = `${server}/${workload}`;
    results.set(key, [...(results.get(key) ?? []), result]);
  };
  const rssAfterConversations: number[] = [];
  let fixedResponseBytes = 0;
  const pinning = pinCores();
  const serverCpu = pinning?.serverCpu;

  /** Starts `server` once and runs it through the `asked` workloads; `prepare` runs first. */
  const run =
    (server: Server, command: ServerCommand, env: NodeJS.ProcessEnv, asked: readonly HttpWorkload[], prepare?: (s: SpawnedServer) => Promise<void>) =>
    () =>
      withServer(command, env, serverCpu, async (spawned) => {
        await prepare?.(spawned);
        for (const workload of asked) {
          record(server, workload.name, await measure(spawned, workload, settings));
          if (server === 'bot' && workload.name === 'conversations') rssAfterConversations.push(readProcessMemory(spawned.pid).rssMb);
        }
      });
  const captureOnce = async (spawned: SpawnedServer) => {
    if (fixedResponseBytes === 0) fixedResponseBytes = await captureAnswers(spawned, workloads, answersFile);
  };
  const baselineEnv = (kind: 'parsing' | 'fixed') => serverEnv({ BENCH_ANSWERS_FILE: answersFile, BENCH_BASELINE: kind });
  const openers = workloads.filter((workload) => workload.name === 'openers');
  const servers = [
    run('bot', bot, serverEnv({ DATA_DIR: workDir }), workloads, captureOnce),
    run('parsing', BASELINE_COMMAND, baselineEnv('parsing'), workloads),
    run('fixed', BASELINE_COMMAND, baselineEnv('fixed'), workloads),
    run('uncached', bot, serverEnv({ DATA_DIR: workDir, ANSWER_CACHE_SIZE: '0' }), openers),
  ];
  try {
    for (let round = 0; round < settings.rounds; round += 1) {
      // The first round starts with the bot: the baselines send the answers it gives.
      for (const server of round % 2 === 0 ? servers : [...servers].reverse()) await server();
    }
  } finally {
    pinning?.release();
  }

  const medianOf = (server: Server, workload: HttpWorkloadName) => medianResult(results.get(`${server}/${workload}`) ?? []);
  const uncached = medianOf('uncached', 'openers');
  return {
    settings,
    nodeFlags: bot.slice(1, -1),
    rateLimit: BENCH_RATE_LIMIT,
    fixedResponseBytes,
    workloads: workloads.map((workload) => {
      const [botResult, parsing, fixed] = (['bot', 'parsing', 'fixed'] as const).map((server) => medianOf(server, workload.name)) as [
        ServerLoadResult,
        ServerLoadResult,
        ServerLoadResult,
      ];
      return {
        name: workload.name,
        description: workload.description,
        steps: workload.steps.length,
        bot: botResult,
        parsing,
        fixed,
        ratio: botResult.requestsPerSecond / parsing.requestsPerSecond,
        ceilingRatio: botResult.requestsPerSecond / fixed.requestsPerSecond,
      };
    }),
    botUncachedOpeners: uncached,
    uncachedOpenersRatio: uncached.requestsPerSecond / medianOf('parsing', 'openers').requestsPerSecond,
    pinning: pinning === undefined ? null : { serverCpu: pinning.serverCpu, loadCpus: pinning.loadCpus },
    botRssMbAfterConversations: Math.max(...rssAfterConversations),
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

async function withServer(command: ServerCommand, env: NodeJS.ProcessEnv, cpu: string | undefined, use: (server: SpawnedServer) => Promise<void>): Promise<void> {
  const server = await spawnServer(command, env, performance.now(), cpu);
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

/**
 * Asks the bot every workload's script once, in order, and saves its answers
 * for the baselines to send; returns the size of the fixed baseline's body.
 */
async function captureAnswers(server: SpawnedServer, workloads: readonly HttpWorkload[], answersFile: string): Promise<number> {
  const byQuestion: Record<string, unknown> = {};
  for (const workload of workloads) {
    for (const step of workload.steps) {
      const response = await postJson(`${server.url}/api/ask`, JSON.parse(requestBody(step, `capture-${workload.name}`)));
      if (response.status !== 200) throw new Error(`bench: POST /api/ask answered ${response.status}: ${response.body}`);
      byQuestion[step.question] ??= JSON.parse(response.body);
    }
  }
  const first = workloads[0]?.steps[0]?.question ?? '';
  const answers: BaselineAnswers = { fixed: byQuestion[first] ?? {}, byQuestion };
  writeFileSync(answersFile, JSON.stringify(answers));
  return Buffer.byteLength(JSON.stringify(answers.fixed));
}

async function measure(server: SpawnedServer, workload: HttpWorkload, settings: HttpSettings): Promise<ServerLoadResult> {
  const url = `${server.url}/api/ask`;
  if (settings.warmupSeconds > 0) await loadTest(url, workload.steps, { ...settings, durationSeconds: settings.warmupSeconds });
  const cpuBefore = readProcessCpuMs(server.pid);
  const result = await loadTest(url, workload.steps, settings);
  return { ...result, serverCpuUsPerRequest: ((readProcessCpuMs(server.pid) - cpuBefore) * 1000) / Math.max(1, result.requests) };
}

/** The run with the median throughput (a real run, not a blend of several). */
function medianResult<T extends LoadResult>(results: readonly T[]): T {
  const target = median(results.map((r) => r.requestsPerSecond));
  const chosen = results.find((r) => r.requestsPerSecond === target);
  if (chosen === undefined) throw new Error('bench: no HTTP results to summarise.');
  return chosen;
}
