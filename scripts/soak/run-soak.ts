/**
 * One soak run: N concurrent keep-alive clients for T seconds against a bot
 * on loopback (autocannon), while the bot's resident memory is sampled from
 * its own `/metrics` every second. Afterwards the bot must still be ready
 * and answering, and stop cleanly on SIGTERM.
 *
 * Memory is judged two ways. The live heap (after a full garbage
 * collection, read through the soak's heap probe) is compared at the end of
 * warm-up (a third of the run: code optimised, session store at its bound)
 * and at the end: a leak shows as growth there. Resident memory is sampled
 * throughout, with the bot's V8 heap capped (`--max-old-space-size`) as a
 * container memory limit would: without a cap V8 lets garbage pile up while
 * memory is plentiful (measured: +10 MB/s under load, which a full GC
 * reclaims), which reads as growth but is not a leak.
 */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBot, type SpawnedBot } from './spawn-bot.js';
import { EXPECTED_STATUSES, soakBodies } from './workload.js';

/** Conversations the soak's bot keeps: small, so the store reaches its bound during warm-up. */
const SOAK_MAX_SESSIONS = 1000;

export interface SoakSettings {
  readonly clients: number;
  readonly seconds: number;
  /** Allowed live-heap growth from the end of warm-up to the end, in MB. */
  readonly maxHeapGrowthMb: number;
  /** Allowed resident-memory growth over the same span, in MB. */
  readonly maxRssGrowthMb: number;
  /** V8 old-space cap for the bot, in MB. */
  readonly heapMb: number;
  /** Extra environment for the bot (e.g. REDIS_URL). */
  readonly env?: Record<string, string>;
}

export interface SoakResult {
  readonly settings: SoakSettings;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly statuses: Record<string, number>;
  readonly serverErrors: number;
  readonly connectionErrors: number;
  readonly timeouts: number;
  /** Live heap after a full GC: at start, after warm-up, at the end. */
  readonly liveHeapMb: { readonly start: number; readonly afterWarmup: number; readonly end: number };
  readonly heapGrowthMb: number;
  readonly rssMb: { readonly start: number; readonly afterWarmup: number; readonly end: number; readonly max: number };
  readonly rssGrowthMb: number;
  /** Resident memory in MB, sampled about once a second from start to end. */
  readonly rssSamplesMb: readonly number[];
  /** Unanswered questions the bot dropped rather than queue for its log (see guard-unanswered-log.ts). */
  readonly unansweredDropped: number;
  readonly exitCode: number | null;
  readonly problems: readonly string[];
}

export async function runSoak(settings: SoakSettings): Promise<SoakResult> {
  const env = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // The soak measures capacity and stability; one loopback address would otherwise be rate limited at once.
    RATE_LIMIT_PER_MINUTE: '0',
    MAX_SESSIONS: String(SOAK_MAX_SESSIONS),
    // No load balancer to drain from: stop as soon as the load has ended.
    SHUTDOWN_DRAIN_MS: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'soak-data-')),
    SLACK_SIGNING_SECRET: '',
    SLACK_BOT_TOKEN: '',
    ...settings.env,
  };
  const bot = await spawnBot(env, { heapMb: settings.heapMb, probeHeap: true });
  try {
    return await measure(bot, settings);
  } finally {
    await bot.stop();
  }
}

async function measure(bot: SpawnedBot, settings: SoakSettings): Promise<SoakResult> {
  const problems: string[] = [];
  const heapAtStart = await bot.liveHeapMb();
  const rss: number[] = [await residentMb(bot.url)];
  const sampler = setInterval(() => void residentMb(bot.url).then((mb) => rss.push(mb), () => problems.push('could not read /metrics during the run')), 1000);
  let warm: { heap: number; rssIndex: number } | undefined;
  const warmup = setTimeout(() => void bot.liveHeapMb().then((heap) => (warm = { heap, rssIndex: rss.length - 1 })), (settings.seconds * 1000) / 3);
  const bodies = soakBodies();
  let next = 0;
  let result: autocannon.Result;
  try {
    result = await autocannon({
      url: `${bot.url}/api/ask`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: settings.clients,
      duration: settings.seconds,
      timeout: 10,
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
  } finally {
    clearInterval(sampler);
    clearTimeout(warmup);
  }
  const heapAtEnd = await bot.liveHeapMb();
  const finalMetrics = await metricsText(bot.url);
  rss.push(residentMbIn(finalMetrics));
  const unansweredDropped = Number(/^bot_unanswered_dropped_total (\S+)$/m.exec(finalMetrics)?.[1] ?? 0);
  const ready = await fetch(`${bot.url}/readyz`).then((response) => response.status, () => 0);
  if (ready !== 200) problems.push(`/readyz answered ${ready} after the run`);
  const exitCode = await bot.stop();
  if (exitCode !== 0) problems.push(`the bot exited with ${exitCode} on SIGTERM`);

  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
  const unexpected = Object.entries(statuses).filter(([code]) => !EXPECTED_STATUSES.has(Number(code)));
  const heapAtWarm = warm?.heap ?? heapAtStart;
  const rssAtWarm = rss[warm?.rssIndex ?? 0] ?? 0;
  const rssAtEnd = rss.at(-1) ?? 0;
  const heapGrowthMb = round(heapAtEnd - heapAtWarm);
  const rssGrowthMb = round(rssAtEnd - rssAtWarm);
  if (warm === undefined) problems.push('the heap probe did not answer at the end of warm-up');
  if (result['5xx'] > 0) problems.push(`${result['5xx']} responses were 5xx`);
  if (unexpected.length > 0) problems.push(`unexpected statuses: ${unexpected.map(([code, count]) => `${code}×${count}`).join(', ')}`);
  if (result.errors > 0 || result.timeouts > 0) problems.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  if (heapGrowthMb > settings.maxHeapGrowthMb) problems.push(`the live heap grew ${heapGrowthMb} MB after warm-up (allowed ${settings.maxHeapGrowthMb} MB)`);
  if (rssGrowthMb > settings.maxRssGrowthMb) problems.push(`resident memory grew ${rssGrowthMb} MB after warm-up (allowed ${settings.maxRssGrowthMb} MB)`);
  return {
    settings,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses,
    serverErrors: result['5xx'],
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    liveHeapMb: { start: round(heapAtStart), afterWarmup: round(heapAtWarm), end: round(heapAtEnd) },
    heapGrowthMb,
    rssMb: { start: rss[0] ?? 0, afterWarmup: rssAtWarm, end: rssAtEnd, max: Math.max(...rss) },
    rssGrowthMb,
    rssSamplesMb: rss,
    unansweredDropped,
    exitCode,
    problems,
  };
}

async function metricsText(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

async function residentMb(url: string): Promise<number> {
  return residentMbIn(await metricsText(url));
}

function residentMbIn(text: string): number {
  const bytes = Number(/^bot_process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]);
  if (!Number.isFinite(bytes)) throw new Error('soak: /metrics has no bot_process_resident_memory_bytes');
  return round(bytes / 1048576);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
