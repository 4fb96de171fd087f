/**
 * Where a request's CPU time goes: the bot as deployed, under `--cpu-prof`,
 * through one workload; the samples from the start of the measured load are
 * summed per cost centre (a library, a source file of ours, Node's own HTTP
 * code, the garbage collector) and divided by the requests answered, so each
 * centre reads as microseconds per request. The profiler itself adds a
 * little to every figure; the shares are what to compare.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { functionTimes, readCpuProfile, type FunctionTime } from './cpu-profile.js';
import type { HttpWorkload, HttpWorkloadName } from './http-workloads.js';
import { loadTest, type LoadSettings } from './load-test.js';
import { botCommand, serverEnv, spawnServer } from './spawn-server.js';

export interface CostCentre {
  readonly name: string;
  readonly usPerRequest: number;
  /** Share of the sampled CPU time (idle excluded). */
  readonly share: number;
}

export interface ProfileMeasurement {
  readonly workload: HttpWorkloadName;
  readonly requests: number;
  /** CPU time sampled while the measured load ran, idle excluded. */
  readonly sampledMs: number;
  /** µs per request of all sampled time: what the profiled bot spent on each request in all. */
  readonly usPerRequest: number;
  /** The costliest centres, most first; the rest summed as "everything else". */
  readonly centres: readonly CostCentre[];
  /** Our own functions with the most self time. */
  readonly ownFunctions: ReadonlyArray<CostCentre & { readonly location: string }>;
}

const CENTRES_SHOWN = 14;
const OWN_FUNCTIONS_SHOWN = 10;

/** The cost centre a profiled function belongs to. */
export function costCentreOf({ name, location }: Pick<FunctionTime, 'name' | 'location'>): string {
  if (name === '(garbage collector)') return 'garbage collector';
  if (name === '(program)') return 'V8 and native code (program)';
  if (location.startsWith('node_modules/')) {
    const [scope = '', pkg = ''] = location.slice('node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${pkg}` : scope;
  }
  // node:_http_server, node:internal/streams/readable → "Node.js _http_server", "Node.js streams".
  if (location.startsWith('node:')) return `Node.js ${location.slice('node:'.length).replace(/^internal\//, '').split('/')[0]}`;
  if (location === '(native)' || location === '') return 'native built-ins';
  return location.replace(/:\d+$/, '');
}

export async function measureProfile(workload: HttpWorkload, settings: LoadSettings & { readonly warmupSeconds: number }, workDir: string): Promise<ProfileMeasurement> {
  const profileDir = join(workDir, 'profile');
  mkdirSync(profileDir, { recursive: true });
  const [node, ...rest] = botCommand();
  const spawnedAt = performance.now();
  const server = await spawnServer([node, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...rest], serverEnv({ DATA_DIR: workDir }), spawnedAt);
  let requests = 0;
  let skipMs = 0;
  try {
    const url = `${server.url}/api/ask`;
    if (settings.warmupSeconds > 0) await loadTest(url, workload.steps, { ...settings, durationSeconds: settings.warmupSeconds });
    skipMs = performance.now() - spawnedAt;
    requests = (await loadTest(url, workload.steps, settings)).requests;
  } finally {
    // The profile is written as the process exits.
    await server.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`bench: the profiled bot wrote no .cpuprofile into ${profileDir}.`);
  return summariseProfile(functionTimes(readCpuProfile(join(profileDir, file)), skipMs), requests, workload.name);
}

/** Sums self time per cost centre and per own function, as µs per request. */
export function summariseProfile(times: readonly FunctionTime[], requests: number, workload: HttpWorkloadName): ProfileMeasurement {
  const busy = times.filter((t) => t.name !== '(idle)');
  const sampledMs = busy.reduce((sum, t) => sum + t.selfMs, 0);
  const perRequest = (ms: number) => (ms * 1000) / Math.max(1, requests);
  const centre = (name: string, ms: number): CostCentre => ({ name, usPerRequest: perRequest(ms), share: sampledMs === 0 ? 0 : ms / sampledMs });
  const byCentre = new Map<string, number>();
  for (const t of busy) byCentre.set(costCentreOf(t), (byCentre.get(costCentreOf(t)) ?? 0) + t.selfMs);
  const ranked = [...byCentre].sort((a, b) => b[1] - a[1]);
  const rest = ranked.slice(CENTRES_SHOWN).reduce((sum, [, ms]) => sum + ms, 0);
  return {
    workload,
    requests,
    sampledMs,
    usPerRequest: perRequest(sampledMs),
    centres: [...ranked.slice(0, CENTRES_SHOWN).map(([name, ms]) => centre(name, ms)), ...(rest > 0 ? [centre('everything else', rest)] : [])],
    ownFunctions: busy
      .filter((t) => t.location.startsWith('src/'))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, OWN_FUNCTIONS_SHOWN)
      .map((t) => ({ ...centre(t.name, t.selfMs), location: t.location })),
  };
}
