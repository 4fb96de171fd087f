/**
 * Probes for load balancers and monitoring, never rate limited:
 * `GET /healthz` (the process is alive and serving), `GET /readyz` (it can
 * answer well: knowledge loaded, session store reachable, not shutting
 * down; 503 with the failing checks otherwise; 200 `degraded` when only a
 * part it answers without is failing), and `GET /metrics`
 * (Prometheus text format) when metrics are on.
 */
import express, { type Router } from 'express';
import type { Metrics } from '../../operations/metrics.js';
import { checkReadiness, type ReadinessCheck } from '../../operations/readiness.js';

export interface HealthRouteDeps {
  readonly readiness: readonly ReadinessCheck[];
  readonly metrics?: Metrics | undefined;
}

export function healthRouter({ readiness, metrics }: HealthRouteDeps): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await checkReadiness(readiness);
    res
      .status(report.ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: report.ready ? (report.degraded ? 'degraded' : 'ready') : 'unavailable', checks: report.checks });
  });
  if (metrics !== undefined) {
    router.get('/metrics', async (_req, res) => {
      const text = await metrics.registry.metrics();
      res.set({ 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' }).send(text);
    });
  }
  return router;
}
