/**
 * Gives every request an id (the caller's `X-Request-Id` when it is a sane
 * token, else a new UUID), echoes it in the response, keeps it where the
 * routes can pass it on (`requestIdOf`, so the engine's answer line carries
 * it), and on completion counts the response and logs it: errors at `warn`
 * (5xx) or `info` (4xx), successes at `debug` only, since every question
 * already has its own `answered` line.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../operations/logger.js';
import type { Metrics } from '../../operations/metrics.js';
import type { NodeMiddleware } from './node-middleware.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface RequestLogDeps {
  readonly log?: Logger | undefined;
  readonly metrics?: Metrics | undefined;
  /** Maps a path to the route label used in logs and metrics (`other` for unknown paths). */
  readonly routeOf: (path: string) => string;
}

/**
 * Each response's request id. Passed by hand rather than through
 * AsyncLocalStorage, which on Node 20 slowed every request by a sixth.
 */
const requestIds = new WeakMap<ServerResponse, string>();

export function requestLog({ log, metrics, routeOf }: RequestLogDeps): NodeMiddleware {
  return (req, res, next) => {
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestIds.set(res, requestId);
    const started = performance.now();
    // Read now: a router mounted at a path (CORS on /api/ask) shortens req.url while it runs, and may answer there.
    const path = pathOf(req);
    res.once('finish', () => {
      const route = routeOf(path);
      metrics?.observeHttp(route, req.method ?? '', res.statusCode);
      if (log === undefined) return;
      const fields = { requestId, method: req.method, route, status: res.statusCode, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 };
      if (res.statusCode >= 500) log.warn(fields, 'request failed');
      else if (res.statusCode >= 400) log.info(fields, 'request refused');
      else log.debug(fields, 'request');
    });
    next();
  };
}

/** The id `requestLog` gave the request. */
export function requestIdOf(res: ServerResponse): string | undefined {
  return requestIds.get(res);
}

/** The request's path, without its query. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
