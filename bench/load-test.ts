/** autocannon, run in this process against a server in another, with the settings both targets share. */
import autocannon from 'autocannon';

export interface LoadSettings {
  readonly connections: number;
  readonly pipelining: number;
  readonly durationSeconds: number;
}

export interface LoadResult {
  /** Mean of the per-second request counts. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly requests: number;
  /** Responses other than 2xx; any makes the run suspect. */
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
}

/** POSTs JSON `bodies` to `url` in turn (one body: the same request every time). */
export async function loadTest(url: string, bodies: readonly string[], settings: LoadSettings): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration: settings.durationSeconds,
    ...(bodies.length === 1
      ? { body: bodies[0] }
      : { requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }] }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
