/**
 * `npm run soak -- [--clients 50] [--seconds 20] [--heap-mb 192] [--max-heap-growth-mb 24] [--max-rss-growth-mb 96] [--json]`
 *
 * A bounded soak test on loopback: starts the bot, keeps N clients asking
 * for T seconds, and fails (exit 1) on any 5xx, connection error, timeout or
 * unbounded memory growth. Set REDIS_URL to soak the Redis-backed store.
 * Details in scripts/soak/run-soak.ts; figures in the README, "Soak test".
 */
import { parseArgs } from 'node:util';
import { runSoak, type SoakResult } from './soak/run-soak.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    'heap-mb': { type: 'string', default: '192' },
    'max-heap-growth-mb': { type: 'string', default: '24' },
    'max-rss-growth-mb': { type: 'string', default: '96' },
    json: { type: 'boolean', default: false },
  },
});

const positive = (name: string, text: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`soak: --${name} must be a whole number ≥ 1 (got "${text}").`);
    process.exit(2);
  }
  return value;
};

const result = await runSoak({
  clients: positive('clients', values.clients),
  seconds: positive('seconds', values.seconds),
  maxHeapGrowthMb: positive('max-heap-growth-mb', values['max-heap-growth-mb']),
  maxRssGrowthMb: positive('max-rss-growth-mb', values['max-rss-growth-mb']),
  heapMb: positive('heap-mb', values['heap-mb']),
  env: process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {},
});
console.log(values.json ? JSON.stringify(result, null, 2) : report(result));
process.exit(result.problems.length === 0 ? 0 : 1);

function report(r: SoakResult): string {
  return [
    `Soak: ${r.settings.clients} clients × ${r.settings.seconds} s on loopback (bot heap capped at ${r.settings.heapMb} MB)`,
    `  requests      ${r.requests} (${r.requestsPerSecond} per second)`,
    `  latency       p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`,
    `  statuses      ${Object.entries(r.statuses).map(([code, count]) => `${code}: ${count}`).join(', ')}`,
    `  5xx           ${r.serverErrors}`,
    `  conn. errors  ${r.connectionErrors} (timeouts ${r.timeouts})`,
    `  live heap MB  start ${r.liveHeapMb.start}, after warm-up ${r.liveHeapMb.afterWarmup}, end ${r.liveHeapMb.end} (growth ${r.heapGrowthMb})`,
    `  RSS (MB)      start ${r.rssMb.start}, after warm-up ${r.rssMb.afterWarmup}, end ${r.rssMb.end}, max ${r.rssMb.max} (growth ${r.rssGrowthMb})`,
    `  unanswered-log records dropped under load  ${r.unansweredDropped}`,
    `  SIGTERM exit  ${r.exitCode}`,
    r.problems.length === 0 ? 'PASS' : `FAIL:\n  - ${r.problems.join('\n  - ')}`,
  ].join('\n');
}
