/**
 * Builds the Express app from its parts without listening, so tests can run
 * it in-process and the entry point decides the port. Channels (web widget,
 * Slack) mount their own routes through `Channel.mount`.
 *
 * Order matters: the shutdown drain, security headers and the request id first; the probes
 * (`/healthz`, `/readyz`, `/metrics`) before any limit; the channels (so the
 * widget's CORS headers reach even a refused request); the rate limit just
 * before the question API, so a refused client costs no body parsing; then
 * 405 for known paths, 404 for the rest, and the one error handler.
 */
import express, { type Express } from 'express';
import type { Logger } from '../../operations/logger.js';
import type { Metrics } from '../../operations/metrics.js';
import type { ReadinessCheck } from '../../operations/readiness.js';
import type { ServedArticles } from '../../served-articles.js';
import { articlesRouter } from './articles-route.js';
import { ASK_PATHS, askRouter } from './ask-route.js';
import type { ConnectionDrain } from './connection-drain.js';
import { directAskChains, serveAskDirectly } from './direct-ask.js';
import { errorHandler, notFound } from './error-response.js';
import { healthRouter } from './health-routes.js';
import type { NodeMiddleware } from './node-middleware.js';
import { clientAddresses, rateLimit, type RateLimitOptions } from './rate-limit.js';
import { requestLog } from './request-log.js';
import { methodNotAllowed, routeOf, routeTable, type RouteTable } from './route-table.js';
import { securityHeaders } from './security-headers.js';

/** A way to reach the engine that needs routes of its own (web widget, Slack). */
export interface Channel {
  readonly name: string;
  mount(app: Express): void;
  /** Runs on every request to the ask paths, after the channels' own routes and before the rate limit (the widget's CORS). */
  readonly askMiddleware?: NodeMiddleware;
  close?(): Promise<void>;
}

export interface AppParts {
  readonly articles: ServedArticles;
  readonly channels?: readonly Channel[];
  readonly logError?: (error: unknown) => void;
  /** Request log lines (refusals and failures at info/warn, the rest at debug); none when absent. */
  readonly log?: Logger;
  /** Counts responses, and serves `GET /metrics` unless `metricsElsewhere`, when present. */
  readonly metrics?: Metrics;
  /** `/metrics` is served by the operations listener (OPS_PORT), not here. */
  readonly metricsElsewhere?: boolean;
  /** Closes keep-alive connections after each response once shutdown begins. */
  readonly drain?: ConnectionDrain;
  /** Checks for `GET /readyz` besides the knowledge (e.g. the session store). */
  readonly readiness?: readonly ReadinessCheck[];
  /** Per-client limit on `POST /api/ask` (with its store, shared by every process when it is Redis); none when absent. */
  readonly rateLimit?: RateLimitOptions;
  /** Proxies whose `X-Forwarded-For` is believed (Express `trust proxy`); loopback by default. */
  readonly trustProxy?: readonly string[] | number;
}

export function createApp(parts: AppParts): Express {
  const { articles, channels = [], logError = (error) => console.error(error), log, metrics, readiness = [], rateLimit: limit, trustProxy = ['loopback'] } = parts;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', typeof trustProxy === 'number' ? trustProxy : [...trustProxy]);
  let routes: RouteTable | undefined;
  // Read on first use: by then every route is mounted.
  const knownRoutes = () => (routes ??= routeTable(app));
  const everyRequest = [
    ...(parts.drain === undefined ? [] : [parts.drain.middleware]),
    securityHeaders(),
    requestLog({ log, metrics, routeOf: (path) => routeOf(knownRoutes(), path) ?? 'other' }),
  ];
  const askMiddleware = channels.flatMap((channel) => channel.askMiddleware ?? []);
  const limiter = limit === undefined ? undefined : rateLimit(limit, clientAddresses(trustProxy));
  const errors = errorHandler(logError);
  for (const middleware of everyRequest) app.use(middleware);
  app.use(healthRouter({ readiness: [knowledgeLoaded(articles), ...readiness], metrics: parts.metricsElsewhere === true ? undefined : metrics }));
  for (const channel of channels) {
    channel.mount(app);
    if (channel.askMiddleware !== undefined) app.use([...ASK_PATHS], channel.askMiddleware);
  }
  if (limiter !== undefined) app.use([...ASK_PATHS], limiter);
  app.use(articlesRouter(articles));
  app.use(askRouter(articles));
  app.use(methodNotAllowed(knownRoutes));
  app.use(notFound);
  app.use(errors);
  serveAskDirectly(app, directAskChains(articles, [...everyRequest, ...askMiddleware, ...(limiter === undefined ? [] : [limiter])]), errors);
  return app;
}

/** Ready once every article has facts and sentences to quote. */
export function knowledgeLoaded(articles: ServedArticles): ReadinessCheck {
  return {
    name: 'knowledge',
    check: async () => {
      for (const { slug, engine } of articles.all) {
        if (engine.knowledge.facts.length === 0 || engine.knowledge.sentences.length === 0) throw new Error(`no facts or sentences loaded for ${slug}`);
      }
    },
  };
}
