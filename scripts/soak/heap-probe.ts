/**
 * Loaded into the soak's bot process (`--expose-gc --import …/heap-probe.ts`),
 * never into production: on SIGUSR2 it collects garbage fully and reports the
 * live heap on stderr, so the soak can tell a leak (live heap growing) from
 * V8 merely keeping garbage around while memory is plentiful.
 */
const collect = (globalThis as { gc?: () => void }).gc;

process.on('SIGUSR2', () => {
  collect?.();
  collect?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`${JSON.stringify({ soakHeapProbe: { liveHeapMb: heapUsed / 1048576, rssMb: rss / 1048576, gc: collect !== undefined } })}\n`);
});
