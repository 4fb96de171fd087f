/**
 * `tsx bench/profile-summary.ts <file.cpuprofile> [--top 15] [--skip-ms 0] [--only src/]`
 *
 * Summarises a `node --cpu-prof` profile: the functions with the most self
 * time and the project functions with the most inclusive time, each with its
 * file:line. Profile a `tsc` build (`npm run build`, source maps on) and the
 * positions are mapped back to the TypeScript sources.
 */
import { parseArgs } from 'node:util';
import { functionTimes, readCpuProfile, type FunctionTime } from './cpu-profile.js';
import { textTable } from './text-table.js';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' }, 'skip-ms': { type: 'string', default: '0' }, only: { type: 'string', default: 'src/' } },
  });
  const file = positionals[0];
  if (file === undefined) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top 15] [--skip-ms 0] [--only src/]');
  const profile = readCpuProfile(file);
  const times = functionTimes(profile, Number(values['skip-ms']));
  const top = Number(values.top);
  const sampled = times.reduce((sum, t) => sum + t.selfMs, 0);
  const row = (t: FunctionTime) => [t.name, t.location, t.selfMs, t.totalMs, `${((t.selfMs / sampled) * 100).toFixed(1)}%`];
  const headers = ['function', 'where', 'self ms', 'total ms', 'self share'];
  console.log(`${file}: ${sampled.toFixed(0)} ms sampled\n\nMost self time\n${textTable(headers, [...times].sort((a, b) => b.selfMs - a.selfMs).slice(0, top).map(row))}`);
  const own = times.filter((t) => t.location.startsWith(values.only));
  console.log(`\nMost inclusive time in ${values.only}\n${textTable(headers, own.sort((a, b) => b.totalMs - a.totalMs).slice(0, top).map(row))}`);
}

main();
