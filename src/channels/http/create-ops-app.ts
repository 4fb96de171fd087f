/**
 * The operations listener's app (OPS_PORT): `/healthz`, `/readyz` and
 * `/metrics`, apart from the public port, so metrics need not be exposed
 * where readers (and scanners) reach the bot.
 */
import express, { type Express } from 'express';
import type { Metrics } from '../../operations/metrics.js';
import type { ReadinessCheck } from '../../operations/readiness.js';
import { errorHandler, notFound } from './error-response.js';
import { healthRouter } from './health-routes.js';

export interface OpsAppParts {
  readonly readiness: readonly ReadinessCheck[];
  readonly metrics: Metrics;
  readonly logError: (error: unknown) => void;
}

export function createOpsApp({ readiness, metrics, logError }: OpsAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRouter({ readiness, metrics }));
  app.use(notFound);
  app.use(errorHandler(logError));
  return app;
}
