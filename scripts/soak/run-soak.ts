/**
 * One soak run: N concurrent keep-alive clients for T seconds against a bot
 * on loopback (autocannon), while the bot's resident memory is sampled from
 * its own `/metrics` every second. Afterwards the bot must still be ready
 * and answering, and stop cleanly on SIGTERM.
 *
 * It passes when there were no 5xx responses, no unexpected statuses, no
 * connection errors or timeouts, and resident memory grew by no more than
 * the allowed amount between the end of the first quarter (warm-up: JIT,
 * session store filling) and the end.
 */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBot } from './spawn-bot.js';
import { EXPECTED_STATUSES, soakBodies } from './workload.js';

export interface SoakSettings {
  readonly clients: number;
  readonly seconds: number;
  readonly maxRssGrowthMb: number;
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
  readonly rssMb: { readonly start: number; readonly afterWarmup: number; readonly end: number; readonly max: number };
  readonly rssGrowthMb: number;
  readonly exitCode: number | null;
  readonly problems: readonly string[];
}

export async function runSoak(settings: SoakSettings): Promise<SoakResult> {
  const bot = await spawnBot({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // The soak measures capacity and stability; one loopback address would otherwise be rate limited at once.
    RATE_LIMIT_PER_MINUTE: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'soak-data-')),
    SLACK_SIGNING_SECRET: '',
    SLACK_BOT_TOKEN: '',
    ...settings.env,
  });
  try {
    return await measure(bot.url, settings, () => bot.stop());
  } finally {
    await bot.stop();
  }
}

async function measure(url: string, settings: SoakSettings, stop: () => Promise<number | null>): Promise<SoakResult> {
  const problems: string[] = [];
  const rss: number[] = [await residentMb(url)];
  const sampler = setInterval(() => void residentMb(url).then((mb) => rss.push(mb), () => problems.push('could not read /metrics during the run')), 1000);
  const bodies = soakBodies();
  let next = 0;
  let result: autocannon.Result;
  try {
    result = await autocannon({
      url: `${url}/api/ask`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: settings.clients,
      duration: settings.seconds,
      timeout: 10,
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
  } finally {
    clearInterval(sampler);
  }
  rss.push(await residentMb(url));
  const ready = await fetch(`${url}/readyz`).then((response) => response.status, () => 0);
  if (ready !== 200) problems.push(`/readyz answered ${ready} after the run`);
  const exitCode = await stop();
  if (exitCode !== 0) problems.push(`the bot exited with ${exitCode} on SIGTERM`);

  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
  const unexpected = Object.entries(statuses).filter(([code]) => !EXPECTED_STATUSES.has(Number(code)));
  const warm = rss[Math.floor(rss.length / 4)] ?? rss[0] ?? 0;
  const end = rss.at(-1) ?? 0;
  const rssGrowthMb = round(end - warm);
  if (result['5xx'] > 0) problems.push(`${result['5xx']} responses were 5xx`);
  if (unexpected.length > 0) problems.push(`unexpected statuses: ${unexpected.map(([code, count]) => `${code}×${count}`).join(', ')}`);
  if (result.errors > 0 || result.timeouts > 0) problems.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
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
    rssMb: { start: rss[0] ?? 0, afterWarmup: warm, end, max: Math.max(...rss) },
    rssGrowthMb,
    exitCode,
    problems,
  };
}

async function residentMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const bytes = Number(/^bot_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text)?.[1]);
  if (!Number.isFinite(bytes)) throw new Error('soak: /metrics has no bot_process_resident_memory_bytes');
  return round(bytes / 1024 / 1024);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
