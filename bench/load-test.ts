/** autocannon, run in this process against a server in another, with the settings both targets share. */
import autocannon from 'autocannon';
import { requestBody, type Step } from './http-workloads.js';

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

/** Readers are numbered across every run of this process, so a session id is never reused. */
let readers = 0;

/**
 * POSTs each connection's script of `steps` to `url` in order, over and over.
 * autocannon gives every connection a context that lives for one pass of the
 * script: the pass is one reader, named on its first conversation step.
 */
export async function loadTest(url: string, steps: readonly Step[], settings: LoadSettings): Promise<LoadResult> {
  const requests = steps.map((step): autocannon.Request =>
    step.conversation === undefined
      ? { body: requestBody(step, '') }
      : {
          setupRequest: (request, context) => {
            const reader = context as { reader?: string };
            reader.reader ??= `r${(readers += 1)}`;
            return { ...request, body: requestBody(step, reader.reader) };
          },
        },
  );
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration: settings.durationSeconds,
    requests,
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
